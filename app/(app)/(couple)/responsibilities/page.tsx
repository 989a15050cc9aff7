import type { Metadata } from "next";
import { PageTitle } from "@/app/_components/ui/page-title";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { ResponsibilitiesView } from "./responsibilities-view";

export const metadata: Metadata = { title: "Responsibilities" };

export default async function ResponsibilitiesPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const viewer = await coupleViewer();
  const api = await coupleApi();
  const [responsibilities, changes, params] = await Promise.all([
    api.responsibilities.list(),
    api.smallChanges.list(),
    searchParams,
  ]);
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Responsibilities</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Shared duties you both agree to, and small changes each of you takes on. Steady, kept actions matter more than
          promises.
        </p>
      </header>
      <ResponsibilitiesView
        initialResponsibilities={responsibilities}
        initialChanges={changes}
        partnerName={viewer.partner?.name ?? null}
        initialTab={params.tab === "changes" ? "changes" : "shared"}
      />
    </div>
  );
}
