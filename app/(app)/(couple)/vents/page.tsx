import type { Metadata } from "next";
import { Feather } from "lucide-react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { VENTS_PAGE_SIZE } from "@/server/vents/limits";
import { PrivateCheckLink } from "../../settings/private-check/private-check-link";
import { VentsView } from "./vents-view";

export const metadata: Metadata = { title: "Vents" };

export default async function VentsPage() {
  const viewer = await coupleViewer();
  const firstPage = await (await coupleApi()).vents.list({ limit: VENTS_PAGE_SIZE });
  const partnerName = viewer.partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Vents</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          A place to let out what hurts. {partnerName ? `${partnerName} can` : "Your partner will be able to"} only
          answer with &ldquo;I read this and I hear you&rdquo;: no replies, no defending.
        </p>
      </header>
      <VentsView
        initial={firstPage}
        partnerName={partnerName}
        empty={
          <EmptyState
            icon={Feather}
            title="Nothing written here yet"
            description="When something weighs on you, write it here. It doesn't need to be fair or tidy."
          />
        }
      />
      <PrivateCheckLink />
    </div>
  );
}
