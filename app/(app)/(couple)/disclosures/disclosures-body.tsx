import { HandHeart, MessageCircleHeart } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { cn } from "@/lib/cn";
import { shortWeekdayDateTime } from "@/lib/date-words";
import type { DisclosureView } from "@/server/disclosures/service";
import { AcknowledgeDisclosure, DisclosureComposer, TakeBackDisclosure } from "./disclosure-controls";

/**
 * The composer and the list, rendered on the server and again when either partner tells,
 * acknowledges or takes back (the page's live view). Only the composer and the two buttons
 * are code in the browser.
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
    <div className="grid gap-6">
      <DisclosureComposer partnerName={other} pages={pages} />
      {disclosures.length === 0 ? (
        <EmptyState
          icon={MessageCircleHeart}
          title="Nothing told here"
          description="If there's ever something you'd like to tell, this is a quiet place for it."
        />
      ) : (
        <section aria-labelledby="disclosures-heading" className="grid gap-3">
          <h2 id="disclosures-heading" className="sr-only">
            Everything told, newest first
          </h2>
          <ul className="grid gap-3">
            {disclosures.map((disclosure) => (
              <li key={disclosure.id}>
                <DisclosureCard disclosure={disclosure} partnerName={other} pages={pages} />
              </li>
            ))}
          </ul>
          {hasEarlier && (
            <Link
              href={`/disclosures?pages=${pages + 1}`}
              scroll={false}
              className={cn(buttonVariants({ variant: "secondary" }), "justify-self-center")}
            >
              Show earlier
            </Link>
          )}
        </section>
      )}
    </div>
  );
}

function DisclosureCard({
  disclosure,
  partnerName,
  pages,
}: {
  disclosure: DisclosureView;
  partnerName: string;
  pages: number;
}) {
  return (
    <article
      id={`disclosure-${disclosure.id}`}
      data-testid="disclosure"
      className={cn(
        "grid scroll-mt-24 gap-3 rounded-xl border bg-card p-5 target:ring-2 target:ring-gold",
        disclosure.byMe ? "border-border" : "border-space/40",
      )}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="font-medium">{disclosure.byMe ? "You told" : `${disclosure.authorName} told you`}</p>
        <time className="text-muted-foreground" dateTime={disclosure.createdAt.toISOString()}>
          {shortWeekdayDateTime(disclosure.createdAt)}
        </time>
      </header>
      <p className="text-base leading-relaxed whitespace-pre-wrap">{disclosure.body}</p>
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-3">
        {disclosure.acknowledgedAt ? (
          <p className="flex items-center gap-2 text-sm text-calm" data-testid="disclosure-acknowledged">
            <HandHeart aria-hidden className="size-4" />
            {disclosure.byMe ? `${partnerName} thanked you for telling them` : "You thanked them for telling you"}
            <span className="text-muted-foreground">· {shortWeekdayDateTime(disclosure.acknowledgedAt)}</span>
          </p>
        ) : disclosure.canAcknowledge ? (
          <AcknowledgeDisclosure id={disclosure.id} pages={pages} />
        ) : (
          <p className="text-sm text-muted-foreground">{partnerName} will read it in their own time.</p>
        )}
        {disclosure.canTakeBack && <TakeBackDisclosure id={disclosure.id} pages={pages} />}
      </footer>
    </article>
  );
}
