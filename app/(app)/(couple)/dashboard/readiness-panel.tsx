import Link from "next/link";
import { ChevronRight, PenLine } from "lucide-react";
import { readinessLooks, readinessStates, toneClasses } from "@/app/_components/live/readiness-states";
import { buttonVariants } from "@/app/_components/ui/button";
import { Card, CardContent } from "@/app/_components/ui/card";
import { cn } from "@/lib/cn";
import { timeAgo } from "@/lib/date-words";
import type { ReadinessStateName } from "@/server/readiness/states";
import type { Dashboard } from "./dashboard-type";
import { MarkActivitySeen } from "./mark-activity-seen";
import { MyReadiness, type ReadinessChoice } from "./my-readiness";

type Readiness = { state: ReadinessStateName; note: string | null; setAt: Date };

/** My three choices, their words and colours shaped here: the buttons only pick one. */
const choices: ReadinessChoice[] = readinessStates.map((state) => {
  const look = readinessLooks[state];
  const tone = toneClasses[look.tone];
  return {
    state,
    label: look.label,
    icon: <look.icon aria-hidden className="size-4 shrink-0" />,
    chosenClassName: cn(tone.soft, tone.border, tone.text),
  };
});

/**
 * The top of the dashboard: how ready my partner is to talk (first, because it changes how
 * I approach everything else), then my own, changed with one tap. Links to the vents page.
 */
export function ReadinessPanel({ dashboard }: { dashboard: Dashboard }) {
  const panel = dashboard.panels.readiness;
  const partnerName = dashboard.partner?.name;
  const mine = panel?.mine ?? null;
  return (
    <Card aria-labelledby="readiness-heading">
      <CardContent standalone className="grid gap-5">
        <h2 id="readiness-heading" className="sr-only">
          Ready to talk?
        </h2>
        {partnerName && <PartnerReadiness name={partnerName} readiness={panel?.partner ?? null} />}
        <MyReadiness
          readiness={mine && { state: mine.state, note: mine.note, setAt: mine.setAt, setAgo: timeAgo(mine.setAt) }}
          choices={choices}
          noteButtonClassName={buttonVariants({ variant: "link", size: "inline" })}
        />
        <Link
          href="/vents"
          data-testid="vents-link"
          className="flex items-center gap-3 rounded-lg border border-border px-3 py-3 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          <PenLine aria-hidden className="size-4 shrink-0 text-vent" />
          <span className="flex-1">
            <span className="font-medium">Vents</span>
            <span className="text-muted-foreground">
              {" "}
              · let out what hurts, or hear what {partnerName ?? "your partner"} wrote
            </span>
          </span>
          <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
        </Link>
        <MarkActivitySeen renderedAt={Date.now()} />
      </CardContent>
    </Card>
  );
}

function PartnerReadiness({ name, readiness }: { name: string; readiness: Readiness | null }) {
  if (!readiness) {
    return (
      <p className="rounded-lg bg-muted px-4 py-4 text-sm text-muted-foreground" data-testid="partner-readiness">
        {name} hasn&apos;t shared how they feel about talking yet.
      </p>
    );
  }
  const look = readinessLooks[readiness.state];
  const tone = toneClasses[look.tone];
  const Icon = look.icon;
  return (
    <div
      className={cn("grid gap-2 rounded-lg border px-4 py-4", tone.soft, tone.border)}
      data-testid="partner-readiness"
      data-state={readiness.state}
    >
      <p className={cn("flex items-center gap-2 text-lg font-semibold", tone.text)}>
        <Icon aria-hidden className="size-5 shrink-0" />
        <span>
          {name} {look.partnerPhrase}
        </span>
      </p>
      {readiness.note && <p className="text-base leading-relaxed text-foreground">“{readiness.note}”</p>}
      <p className="text-sm text-muted-foreground">
        {look.hint}{" "}
        <span className="whitespace-nowrap">
          Set <time dateTime={readiness.setAt.toISOString()}>{timeAgo(readiness.setAt)}</time>.
        </span>
      </p>
    </div>
  );
}
