import Link from "next/link";
import { CalendarHeart, ChevronRight, Gift, MapPin } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { weekdayDate } from "@/lib/date-words";
import { formatRange } from "@/lib/plan-time";
import type { PlanForViewer } from "./format";

const statusLabel = { planned: null, done: "Kept", cancelled: "Called off" } as const;

/** One plan in a list: the whole plan, or for a surprised partner only what they may know. */
export function PlanCard({ plan }: { plan: PlanForViewer }) {
  const status = statusLabel[plan.status];
  if (plan.kind === "surprise") {
    return (
      <Link
        href={`/dates/${plan.id}`}
        className="flex items-start gap-3 rounded-lg border border-gold/50 bg-gold-soft/40 p-4 hover:bg-gold-soft/60 focus-visible:outline-2 focus-visible:outline-ring"
        data-testid="surprise-card"
      >
        <Gift aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-foreground" />
        <span className="grid min-w-0 flex-1 gap-1">
          <span className="font-medium">{plan.headline}</span>
          <span className="text-sm text-muted-foreground">
            {weekdayDate(plan.day)} · planned by {plan.plannedBy?.name ?? "your partner"}
          </span>
          {plan.hints.length > 0 && <span className="text-sm">Hints: {plan.hints.join(" · ")}</span>}
        </span>
        {status && <Badge tone="neutral">{status}</Badge>}
        <ChevronRight aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
      </Link>
    );
  }
  return (
    <Link
      href={`/dates/${plan.id}`}
      className="flex items-start gap-3 rounded-lg border border-border bg-card p-4 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
    >
      {plan.surprise ? (
        <Gift aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-foreground" />
      ) : (
        <CalendarHeart aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-foreground" />
      )}
      <span className="grid min-w-0 flex-1 gap-1">
        <span className="font-medium">{plan.title}</span>
        <span className="text-sm text-muted-foreground">{formatRange(plan.startsAt, plan.endsAt, plan.timeZone)}</span>
        {plan.place && (
          <span className="flex items-center gap-1 text-sm text-muted-foreground">
            <MapPin aria-hidden className="size-3.5" />
            {plan.place}
          </span>
        )}
        {plan.surprise?.side === "mine" && !plan.surprise.revealed && (
          <span className="text-sm text-gold-foreground">Your surprise · they see “{plan.surprise.partnerSees}”</span>
        )}
      </span>
      {status && <Badge tone="neutral">{status}</Badge>}
      <ChevronRight aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
    </Link>
  );
}
