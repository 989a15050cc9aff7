import Link from "next/link";
import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { buttonVariants } from "@/app/_components/ui/button";
import { cn } from "@/lib/cn";
import { shortWeekdayDateTime } from "@/lib/date-words";
import type { wordsView } from "@/server/acknowledgements/acknowledged-words";
import type { WordsKind } from "./words-controls";

type Words = ReturnType<typeof wordsView>;

/**
 * Words one partner writes that the other can only acknowledge (vents, disclosures): the
 * composer, then the list newest first, or the page's empty state. Rendered on the server;
 * only the composer and the buttons are code in the browser.
 */
export function WordsList<Item extends Words>({
  composer,
  items,
  empty,
  headingId,
  heading,
  earlier,
  card,
}: {
  composer: ReactNode;
  items: readonly Item[];
  empty: ReactNode;
  headingId: string;
  /** Read by screen readers only: the list has no visible title. */
  heading: string;
  /** The link that shows one more page, while there are earlier words. */
  earlier: { href: string; label: string } | null;
  card: (item: Item) => ReactNode;
}) {
  return (
    <div className="grid gap-6">
      {composer}
      {items.length === 0 ? (
        empty
      ) : (
        <section aria-labelledby={headingId} className="grid gap-3">
          <h2 id={headingId} className="sr-only">
            {heading}
          </h2>
          <ul className="grid gap-3">
            {items.map((item) => (
              <li key={item.id}>{card(item)}</li>
            ))}
          </ul>
          {earlier && (
            <Link
              href={earlier.href}
              scroll={false}
              className={cn(buttonVariants({ variant: "secondary" }), "justify-self-center")}
            >
              {earlier.label}
            </Link>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * One piece of words: who wrote it and when, the words as written, and where the
 * acknowledgement stands — given, the reader's button, or waiting on the partner.
 */
export function WordsCard({
  kind,
  words,
  className,
  author,
  acknowledgedIcon: AcknowledgedIcon,
  acknowledged,
  acknowledge,
  waiting,
  remove,
}: {
  kind: WordsKind;
  words: Words;
  /** The card's border, and how it shows when a link points at it. */
  className: string;
  author: string;
  acknowledgedIcon: LucideIcon;
  /** Said once the partner has acknowledged: to the author, and to the reader. */
  acknowledged: string;
  /** The reader's button, shown while they may acknowledge. */
  acknowledge: ReactNode;
  /** Said while nobody has acknowledged and this viewer can't. */
  waiting: string;
  /** The author's way to take the words away, when they still may. */
  remove: ReactNode;
}) {
  return (
    <article
      id={`${kind}-${words.id}`}
      data-testid={kind}
      className={cn("grid gap-3 rounded-xl border bg-card p-5", className)}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="font-medium">{author}</p>
        <time className="text-muted-foreground" dateTime={words.createdAt.toISOString()}>
          {shortWeekdayDateTime(words.createdAt)}
        </time>
      </header>
      <p className="text-base leading-relaxed whitespace-pre-wrap">{words.body}</p>
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-3">
        {words.acknowledgedAt ? (
          <p className="flex items-center gap-2 text-sm text-calm" data-testid={`${kind}-acknowledged`}>
            <AcknowledgedIcon aria-hidden className="size-4" />
            {acknowledged}
            <span className="text-muted-foreground">· {shortWeekdayDateTime(words.acknowledgedAt)}</span>
          </p>
        ) : words.canAcknowledge ? (
          acknowledge
        ) : (
          <p className="text-sm text-muted-foreground">{waiting}</p>
        )}
        {remove}
      </footer>
    </article>
  );
}
