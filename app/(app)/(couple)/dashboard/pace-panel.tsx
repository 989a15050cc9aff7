import Link from "next/link";
import { Check, ChevronRight, Footprints, HeartPulse } from "lucide-react";
import { ActionForm, PendingLabel } from "@/app/_components/actions/action-form";
import { Button, buttonVariants } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { cn } from "@/lib/cn";
import { phaseGuides, phaseName, phases } from "@/server/phases/phases";
import { directionPhrase, measures } from "../check-in/measures";
import type { Dashboard } from "./dashboard-type";
import { acceptPace, proposePace, stepBackPace, withdrawPaceOffer } from "./actions";
import { StepBack } from "./pace-step-back";

/**
 * The pace of recovery: the phase both partners agreed on, what fits it, an offer to move on
 * (which takes both) or a step back (which takes one), my own check-in, and what my partner
 * chose to share of theirs. It never says who hurt whom. Rendered on the server, buttons
 * included: the browser only runs their actions, and asks before a step back.
 */
export function PacePanel({ dashboard }: { dashboard: Dashboard }) {
  const { pace, checkedInToday, partnerCheckIns } = dashboard.pace;
  const partnerName = dashboard.partner?.name ?? null;
  const guide = phaseGuides[pace.phase];
  const previous = pace.earlier.at(-1) ?? null;

  return (
    <Card aria-labelledby="pace-heading" data-testid="pace-panel" data-phase={pace.phase}>
      <CardHeader>
        <CardTitle id="pace-heading" className="flex items-center gap-2">
          <Footprints aria-hidden className="size-5 text-gold-foreground" />
          Your pace: {guide.name}
        </CardTitle>
        <CardDescription>{guide.summary}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ol className="grid grid-cols-3 gap-1 text-center text-sm" aria-label="The three phases">
          {phases.map((phase) => (
            <li
              key={phase}
              aria-current={phase === pace.phase ? "step" : undefined}
              className={cn(
                "rounded-md border px-2 py-1.5",
                phase === pace.phase
                  ? "border-gold bg-gold-soft font-semibold text-gold-foreground"
                  : "border-border text-muted-foreground",
              )}
            >
              {phaseGuides[phase].name}
            </li>
          ))}
        </ol>

        {pace.lastChange === "back" && (
          <p className="rounded-lg bg-calm-soft px-4 py-3 text-sm leading-relaxed" data-testid="pace-change-note">
            You&apos;re back in {guide.name} for now. Going at the pace of whoever needs it slower is how this works:
            it&apos;s a change of pace, not a failure.
          </p>
        )}

        {partnerName && pace.proposal?.byMe && (
          <ActionForm
            action={withdrawPaceOffer}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border px-4 py-3"
            data-testid="pace-offer"
          >
            <p className="text-sm">
              You offered to move on to {phaseName(pace.proposal.phase)}. It waits for {partnerName}, with no deadline.
            </p>
            <Button type="submit" variant="ghost" size="sm">
              Take back the offer
            </Button>
          </ActionForm>
        )}
        {partnerName && pace.proposal && !pace.proposal.byMe && (
          <ActionForm
            action={acceptPace.bind(null, { phase: pace.proposal.phase })}
            className="grid gap-3 rounded-lg border border-gold/50 bg-gold-soft/40 px-4 py-3"
            data-testid="pace-offer"
          >
            <p className="text-sm">
              {partnerName} feels ready to move on to {phaseName(pace.proposal.phase)}. Only if you are too:
              there&apos;s no deadline, and it can wait as long as you need.
            </p>
            <div>
              <Button type="submit" variant="gold" data-testid="pace-accept">
                I&apos;m ready too
              </Button>
            </div>
          </ActionForm>
        )}

        <div className="flex flex-wrap gap-2">
          {partnerName && pace.next && !pace.proposal && (
            <ActionForm action={proposePace.bind(null, { phase: pace.next })} className="contents">
              <Button type="submit" variant="secondary" size="wrap" data-testid="pace-propose">
                Offer to move on to {phaseName(pace.next)}
              </Button>
            </ActionForm>
          )}
          {previous && (
            <StepBack
              action={stepBackPace.bind(null, { phase: previous })}
              label={`Slow down: back to ${phaseName(previous)}`}
              question={`Go back to ${phaseName(previous)}? Either of you can slow the pace at any time, and you don't need to explain why.${partnerName ? ` ${partnerName} will see the change of pace.` : ""}`}
              confirm={
                <Button type="submit" variant="secondary" data-testid="pace-step-back-confirm">
                  <PendingLabel idle={`Back to ${phaseName(previous)}`} pending="Changing…" />
                </Button>
              }
              buttonClassNames={{
                open: buttonVariants({ variant: "ghost", size: "wrap" }),
                cancel: buttonVariants({ variant: "ghost" }),
              }}
            />
          )}
        </div>

        <nav aria-label={`What helps in ${guide.name}`} className="grid gap-1">
          <p className="text-sm font-medium">What helps now</p>
          <ul className="grid gap-1 sm:grid-cols-2">
            {guide.practices.map((practice) => (
              <li key={practice.href + practice.label}>
                <Link
                  href={practice.href}
                  className="flex items-center gap-2 rounded-lg px-2 py-2.5 text-sm hover:bg-muted"
                >
                  <span className="flex-1">{practice.label}</span>
                  <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="grid gap-2 border-t border-border pt-4">
          <Link
            href="/check-in"
            className="flex items-center gap-3 rounded-lg border border-border px-3 py-3 text-sm hover:bg-muted"
            data-testid="check-in-link"
          >
            {checkedInToday ? (
              <Check aria-hidden className="size-4 shrink-0 text-calm" />
            ) : (
              <HeartPulse aria-hidden className="size-4 shrink-0 text-gold-foreground" />
            )}
            <span className="flex-1">
              <span className="font-medium">{checkedInToday ? "You checked in today" : "Check in"}</span>
              <span className="text-muted-foreground">
                {" "}
                · {checkedInToday ? "see your trends" : "a minute for yourself, private unless you share"}
              </span>
            </span>
            <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
          </Link>
          {partnerName && partnerCheckIns && partnerCheckIns.level !== "nothing" && (
            <p className="px-1 text-sm" data-testid="partner-check-in-directions">
              <span className="text-muted-foreground">{partnerName}&apos;s week, as they share it: </span>
              {measures.map((measure) => directionPhrase(measure, partnerCheckIns.directions[measure])).join(" · ")}
              {partnerCheckIns.level === "numbers" && (
                <>
                  {" "}
                  <Link href="/check-in#partner" className="underline underline-offset-4">
                    See their numbers
                  </Link>
                </>
              )}
            </p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
