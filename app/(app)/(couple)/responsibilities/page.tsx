import type { Metadata } from "next";
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
    <ResponsibilitiesView
      initialResponsibilities={responsibilities}
      initialChanges={changes}
      partnerName={viewer.partner?.name ?? null}
      initialTab={params.tab === "changes" ? "changes" : "shared"}
    />
  );
}
