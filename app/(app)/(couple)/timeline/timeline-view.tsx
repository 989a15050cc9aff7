"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { longDate, monthYear, shortWeekdayLongDate } from "@/lib/date-words";
import { Milestone, Trash2 } from "lucide-react";
import { useState } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ErrorState } from "@/app/_components/ui/error-state";
import { ListSkeleton } from "@/app/_components/ui/skeleton";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc";
import type { AppRouter } from "@/server/root";
import { TIMELINE_PAGE_SIZE, timelineKinds, type TimelineKind } from "@/server/timeline/limits";
import { AddMilestone } from "./add-milestone";
import { kindLooks } from "./kinds";
import { PageTitle } from "@/app/_components/ui/page-title";

type Page = inferRouterOutputs<AppRouter>["timeline"]["list"];
type Entry = Page["items"][number];

/** Consecutive entries of the same month, in the order given (newest first). */
function byMonth(entries: Entry[]) {
  const months: { key: string; label: string; entries: Entry[] }[] = [];
  for (const entry of entries) {
    const key = entry.occurredOn.slice(0, 7);
    const last = months.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else months.push({ key, label: monthYear(entry.occurredOn), entries: [entry] });
  }
  return months;
}

export function TimelineView({ initial }: { initial: Page }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TimelineKind | null>(null);
  const timeline = useInfiniteQuery(
    trpc.timeline.list.infiniteQueryOptions(
      { kind, limit: TIMELINE_PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor,
        // The server's first page is the unfiltered one.
        initialData: kind === null ? { pages: [initial], pageParams: [null] } : undefined,
      },
    ),
  );
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.timeline.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.queryKey() });
  };
  const pages = timeline.data?.pages ?? [];
  const first = pages[0] ?? initial;
  const entries = pages.flatMap((page) => page.items);

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <PageTitle data-testid="timeline-day">Day {first.today}</PageTitle>
          <p className="text-sm text-muted-foreground">
            Your journey since you began mending on {longDate(first.repairBeganOn)}.
          </p>
        </div>
        <AddMilestone onAdded={refresh} />
      </header>

      <div role="group" aria-label="Show milestones of one kind" className="-mx-1 flex flex-wrap gap-2">
        <FilterChip pressed={kind === null} onClick={() => setKind(null)} label="All" />
        {timelineKinds.map((option) => (
          <FilterChip
            key={option}
            pressed={kind === option}
            onClick={() => setKind(option)}
            label={kindLooks[option].label}
            icon={kindLooks[option].icon}
          />
        ))}
      </div>

      {timeline.isPending ? (
        <ListSkeleton rows={4} label="Loading milestones…" />
      ) : timeline.isError ? (
        <ErrorState title="Your timeline didn't load" onRetry={() => timeline.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState
          icon={Milestone}
          title={kind ? "None of these yet" : "Your story starts here"}
          description={
            kind
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
                    <TimelineEntry entry={entry} onRemoved={refresh} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {timeline.hasNextPage && (
            <Button
              variant="secondary"
              className="justify-self-center"
              onClick={() => timeline.fetchNextPage()}
              disabled={timeline.isFetchingNextPage}
            >
              {timeline.isFetchingNextPage ? "Loading…" : "Show earlier moments"}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

function FilterChip({
  pressed,
  onClick,
  label,
  icon: Icon,
}: {
  pressed: boolean;
  onClick: () => void;
  label: string;
  icon?: (typeof kindLooks)[TimelineKind]["icon"];
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cn(
        "inline-flex h-9 items-center gap-1.5 rounded-full border px-3 text-sm transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        pressed
          ? "border-gold/50 bg-gold-soft font-medium text-gold-foreground"
          : "border-input bg-card hover:bg-muted",
      )}
    >
      {Icon && <Icon aria-hidden className="size-4" />}
      {label}
    </button>
  );
}

function TimelineEntry({ entry, onRemoved }: { entry: Entry; onRemoved: () => void }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.timeline.remove.mutationOptions({ onSuccess: onRemoved }));
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
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" className="-ml-2">
                <Trash2 aria-hidden />
                Remove
              </Button>
            }
            title="Remove this milestone?"
            description="It will leave the timeline for both of you."
            confirmLabel="Remove"
            destructive
            onConfirm={async () => {
              await remove.mutateAsync({ id: entry.id });
              toast.success("Removed from your timeline.");
            }}
          />
        </div>
      )}
    </article>
  );
}
