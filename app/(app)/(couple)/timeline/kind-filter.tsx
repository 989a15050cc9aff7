"use client";

import { cn } from "@/lib/cn";
import { useAddressChoice } from "@/lib/use-address-choice";
import { type TimelineKind, timelineKinds } from "@/server/timeline/limits";
import { kindLooks } from "./kinds";
import { type TimelineShown, timelineHref } from "./timeline-address";

/** Choosing one kind of milestone, kept in the address (`?kind=`). */
export function KindFilter({ shown }: { shown: TimelineShown }) {
  const [chosen, show] = useAddressChoice(shown.kind, (kind: TimelineKind | null) => timelineHref({ kind, pages: 1 }));
  return (
    <div role="group" aria-label="Show milestones of one kind" className="-mx-1 flex flex-wrap gap-2">
      <FilterChip kind={null} pressed={chosen === null} onClick={show} />
      {timelineKinds.map((kind) => (
        <FilterChip key={kind} kind={kind} pressed={chosen === kind} onClick={show} />
      ))}
    </div>
  );
}

function FilterChip({
  kind,
  pressed,
  onClick,
}: {
  kind: TimelineKind | null;
  pressed: boolean;
  onClick: (kind: TimelineKind | null) => void;
}) {
  const Icon = kind && kindLooks[kind].icon;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => onClick(kind)}
      className={cn(
        "inline-flex h-9 items-center gap-1.5 rounded-full border px-3 text-sm transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        pressed
          ? "border-gold/50 bg-gold-soft font-medium text-gold-foreground"
          : "border-input bg-card hover:bg-muted",
      )}
    >
      {Icon && <Icon aria-hidden className="size-4" />}
      {kind ? kindLooks[kind].label : "All"}
    </button>
  );
}
