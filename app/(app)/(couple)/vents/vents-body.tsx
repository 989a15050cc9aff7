import Link from "next/link";
import { Feather, HeartHandshake } from "lucide-react";
import { buttonVariants } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/lib/cn";
import { shortWeekdayDateTime } from "@/lib/date-words";
import type { VentView } from "@/server/vents/service";
import { AcknowledgeVent, DeleteVent, VentComposer } from "./vent-controls";

/**
 * The composer and the list, rendered on the server and again when either partner writes,
 * acknowledges or deletes (the page's live view). Only the composer and the two buttons are
 * code in the browser.
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
    <div className="grid gap-6">
      <VentComposer partnerName={other} pages={pages} />
      {vents.length === 0 ? (
        <EmptyState
          icon={Feather}
          title="Nothing written here yet"
          description="When something weighs on you, write it here. It doesn't need to be fair or tidy."
        />
      ) : (
        <section aria-labelledby="vents-heading" className="grid gap-3">
          <h2 id="vents-heading" className="sr-only">
            All vents, newest first
          </h2>
          <ul className="grid gap-3">
            {vents.map((vent) => (
              <li key={vent.id}>
                <VentCard vent={vent} partnerName={other} pages={pages} />
              </li>
            ))}
          </ul>
          {hasEarlier && (
            <Link
              href={`/vents?pages=${pages + 1}`}
              scroll={false}
              className={cn(buttonVariants({ variant: "secondary" }), "justify-self-center")}
            >
              Show earlier vents
            </Link>
          )}
        </section>
      )}
    </div>
  );
}

function VentCard({ vent, partnerName, pages }: { vent: VentView; partnerName: string; pages: number }) {
  return (
    <article
      id={`vent-${vent.id}`}
      data-testid="vent"
      className={cn(
        "grid gap-3 rounded-xl border bg-card p-5 outline-none",
        vent.byMe ? "border-border" : "border-vent/40",
      )}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="font-medium">{vent.byMe ? "You wrote" : `${vent.authorName} wrote`}</p>
        <time className="text-muted-foreground" dateTime={vent.createdAt.toISOString()}>
          {shortWeekdayDateTime(vent.createdAt)}
        </time>
      </header>
      <p className="text-base leading-relaxed whitespace-pre-wrap">{vent.body}</p>
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-3">
        {vent.acknowledgedAt ? (
          <p className="flex items-center gap-2 text-sm text-calm" data-testid="vent-acknowledged">
            <HeartHandshake aria-hidden className="size-4" />
            {vent.byMe ? `${partnerName} read this and hears you` : "You said you read this and hear them"}
            <span className="text-muted-foreground">· {shortWeekdayDateTime(vent.acknowledgedAt)}</span>
          </p>
        ) : vent.canAcknowledge ? (
          <AcknowledgeVent id={vent.id} pages={pages} />
        ) : (
          <p className="text-sm text-muted-foreground">Waiting for {partnerName}, in their own time.</p>
        )}
        {vent.canDelete && <DeleteVent id={vent.id} pages={pages} acknowledged={vent.acknowledgedAt !== null} />}
      </footer>
    </article>
  );
}
