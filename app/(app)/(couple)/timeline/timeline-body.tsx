import { Milestone } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { cn } from "@/lib/cn";
import { longDate, monthYear, shortWeekdayLongDate } from "@/lib/date-words";
import type { TimelineEntry } from "@/server/timeline/service";
import { AddMilestone } from "./add-milestone";
import { KindFilter } from "./kind-filter";
import { kindLooks } from "./kinds";
import { RemoveMilestone } from "./remove-milestone";
import { type TimelineShown, timelineHref } from "./timeline-address";

/** Consecutive entries of the same month, in the order given (newest first). */
function byMonth(entries: TimelineEntry[]) {
  const months: { key: string; label: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const key = entry.occurredOn.slice(0, 7);
    const last = months.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else months.push({ key, label: monthYear(entry.occurredOn), entries: [entry] });
  }
  return months;
}

/**
 * The timeline, rendered on the server and again when either partner adds or removes a
 * milestone (the page's live view). Only the filter, adding and removing are code in the browser.
 */
export function TimelineBody({
  shown,
  entries,
  hasEarlier,
  today,
  repairBeganOn,
}: {
  shown: TimelineShown;
  entries: TimelineEntry[];
  hasEarlier: boolean;
  today: number;
  repairBeganOn: string;
}) {
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <PageTitle data-testid="timeline-day">Day {today}</PageTitle>
          <p className="text-sm text-muted-foreground">
            Your journey since you began mending on {longDate(repairBeganOn)}.
          </p>
        </div>
        <AddMilestone shown={shown} />
      </header>

      <KindFilter shown={shown} />

      {entries.length === 0 ? (
        <EmptyState
          icon={Milestone}
          title={shown.kind ? "None of these yet" : "Your story starts here"}
          description={
            shown.kind
              ? "They'll appear here as they happen. There's no hurry."
              : "Add a moment worth keeping: a good talk, a walk, a first."
          }
        />
      ) : (
        <div className="grid gap-8">
          {byMonth(entries).map((month) => (
            <section key={month.key} aria-labelledby={`month-${month.key}`} className="grid gap-3">
              <h2
                id={`month-${month.key}`}
                className="text-sm font-semibold tracking-wide text-muted-foreground uppercase"
              >
                {month.label}
              </h2>
              <ol className="grid gap-3 border-l-2 border-gold/40 pl-5">
                {month.entries.map((entry) => (
                  <li key={entry.id}>
                    <TimelineCard entry={entry} shown={shown} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {hasEarlier && (
            <Link
              href={timelineHref({ ...shown, pages: shown.pages + 1 })}
              scroll={false}
              className={cn(buttonVariants({ variant: "secondary" }), "justify-self-center")}
            >
              Show earlier moments
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

function TimelineCard({ entry, shown }: { entry: TimelineEntry; shown: TimelineShown }) {
  const look = kindLooks[entry.kind];
  const Icon = look.icon;
  return (
    <article
      className="relative grid gap-1 rounded-xl border border-border bg-card p-4"
      data-testid="milestone"
      data-kind={entry.kind}
    >
      <span
        aria-hidden
        className="absolute top-4 -left-[2.05rem] flex size-6 items-center justify-center rounded-full border border-gold/50 bg-gold-soft text-gold-foreground"
      >
        <Icon className="size-3.5" />
      </span>
      <p className="text-xs text-muted-foreground">
        <span className="sr-only">{look.label}: </span>
        {entry.day ? `Day ${entry.day} · ` : "Before you began · "}
        <time dateTime={entry.occurredOn}>{shortWeekdayLongDate(entry.occurredOn)}</time>
      </p>
      <h3 className="font-medium">{entry.title}</h3>
      {entry.note && <p className="text-sm leading-relaxed whitespace-pre-wrap text-muted-foreground">{entry.note}</p>}
      {entry.canRemove && (
        <div className="mt-1">
          <RemoveMilestone id={entry.id} shown={shown} />
        </div>
      )}
    </article>
  );
}
