import type { Metadata } from "next";
import { MessageCircleHeart } from "lucide-react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { DISCLOSURES_PAGE_SIZE } from "@/server/disclosures/limits";
import { DisclosuresView } from "./disclosures-view";

export const metadata: Metadata = { title: "Disclosures" };

export default async function DisclosuresPage() {
  const viewer = await coupleViewer();
  const firstPage = await (await coupleApi()).disclosures.list({ limit: DISCLOSURES_PAGE_SIZE });
  const partnerName = viewer.partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Disclosures</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Something you choose to tell: a contact, a slip, something you remembered. Nobody asks for these, and nothing
          here keeps count. {partnerName ? `${partnerName} can` : "Your partner will be able to"} answer only with
          &ldquo;Thank you for telling me&rdquo;.
        </p>
      </header>
      <DisclosuresView
        initial={firstPage}
        partnerName={partnerName}
        empty={
          <EmptyState
            icon={MessageCircleHeart}
            title="Nothing told here"
            description="If there's ever something you'd like to tell, this is a quiet place for it."
          />
        }
      />
    </div>
  );
}
