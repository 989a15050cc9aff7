import { HandHeart, MessageCircleHeart } from "lucide-react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/lib/cn";
import type { DisclosureView } from "@/server/disclosures/service";
import { WordsCard, WordsList } from "../_acknowledged-words/words-list";
import { AcknowledgeDisclosure, DisclosureComposer, TakeBackDisclosure } from "./disclosure-controls";

/**
 * The composer and the list, rendered on the server and again when either partner tells,
 * acknowledges or takes back (the page's live view).
 */
export function DisclosuresBody({
  disclosures,
  pages,
  hasEarlier,
  partnerName,
}: {
  disclosures: DisclosureView[];
  pages: number;
  hasEarlier: boolean;
  partnerName: string | null;
}) {
  const other = partnerName ?? "your partner";
  return (
    <WordsList
      composer={<DisclosureComposer partnerName={other} pages={pages} />}
      items={disclosures}
      empty={
        <EmptyState
          icon={MessageCircleHeart}
          title="Nothing told here"
          description="If there's ever something you'd like to tell, this is a quiet place for it."
        />
      }
      headingId="disclosures-heading"
      heading="Everything told, newest first"
      earlier={hasEarlier ? { href: `/disclosures?pages=${pages + 1}`, label: "Show earlier" } : null}
      card={(disclosure) => (
        <WordsCard
          kind="disclosure"
          words={disclosure}
          className={cn(
            "scroll-mt-24 target:ring-2 target:ring-gold",
            disclosure.byMe ? "border-border" : "border-space/40",
          )}
          author={disclosure.byMe ? "You told" : `${disclosure.authorName} told you`}
          acknowledgedIcon={HandHeart}
          acknowledged={disclosure.byMe ? `${other} thanked you for telling them` : "You thanked them for telling you"}
          acknowledge={<AcknowledgeDisclosure id={disclosure.id} pages={pages} />}
          waiting={`${other} will read it in their own time.`}
          remove={disclosure.canTakeBack && <TakeBackDisclosure id={disclosure.id} pages={pages} />}
        />
      )}
    />
  );
}
