import { Feather, HeartHandshake } from "lucide-react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/lib/cn";
import type { VentView } from "@/server/vents/service";
import { WordsCard, WordsList } from "../_acknowledged-words/words-list";
import { AcknowledgeVent, DeleteVent, VentComposer } from "./vent-controls";

/**
 * The composer and the list, rendered on the server and again when either partner writes,
 * acknowledges or deletes (the page's live view).
 */
export function VentsBody({
  vents,
  pages,
  hasEarlier,
  partnerName,
}: {
  vents: VentView[];
  pages: number;
  hasEarlier: boolean;
  partnerName: string | null;
}) {
  const other = partnerName ?? "your partner";
  return (
    <WordsList
      composer={<VentComposer partnerName={other} pages={pages} />}
      items={vents}
      empty={
        <EmptyState
          icon={Feather}
          title="Nothing written here yet"
          description="When something weighs on you, write it here. It doesn't need to be fair or tidy."
        />
      }
      headingId="vents-heading"
      heading="All vents, newest first"
      earlier={hasEarlier ? { href: `/vents?pages=${pages + 1}`, label: "Show earlier vents" } : null}
      card={(vent) => (
        <WordsCard
          kind="vent"
          words={vent}
          className={cn("outline-none", vent.byMe ? "border-border" : "border-vent/40")}
          author={vent.byMe ? "You wrote" : `${vent.authorName} wrote`}
          acknowledgedIcon={HeartHandshake}
          acknowledged={vent.byMe ? `${other} read this and hears you` : "You said you read this and hear them"}
          acknowledge={<AcknowledgeVent id={vent.id} pages={pages} />}
          waiting={`Waiting for ${other}, in their own time.`}
          remove={
            vent.canDelete && <DeleteVent id={vent.id} pages={pages} acknowledged={vent.acknowledgedAt !== null} />
          }
        />
      )}
    />
  );
}
