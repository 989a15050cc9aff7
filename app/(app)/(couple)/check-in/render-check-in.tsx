import "server-only";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { cn } from "@/lib/cn";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { chartRanges, type ChartRange } from "@/server/check-ins/limits";
import { addDays } from "@/server/domain/calendar-days";
import type { Direction, Measure } from "@/server/domain/check-in-trends";
import { CheckInForm } from "./check-in-form";
import { directionPhrase, measureLooks, measures } from "./measures";
import { SharingChoice } from "./sharing-choice";
import { TrendChart } from "./trend-chart";

function Directions({ directions, testId }: { directions: Record<Measure, Direction | null>; testId: string }) {
  return (
    <ul className="flex flex-wrap gap-2" data-testid={testId}>
      {measures.map((measure) => (
        <li key={measure} className="rounded-full bg-muted px-3 py-1 text-sm">
          {directionPhrase(measure, directions[measure])}
        </li>
      ))}
    </ul>
  );
}

/** The chart range to show, from `?range=` (or the live view's params): 30 days unless 90 is asked. */
export const rangeShown = (value: unknown): ChartRange => (value === "90" ? 90 : 30);

/**
 * The page's body, rendered on the server: again after the person's own check-in or sharing
 * choice (the actions' answer), and when the partner checks in or changes what they share,
 * so "stop sharing" leaves nothing on an open screen either.
 */
export async function renderCheckIn(range: ChartRange) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const [mine, partner] = await Promise.all([
    api.checkIns.mine({ range }),
    viewer.partner ? api.checkIns.partner({ range }) : null,
  ]);
  const partnerName = viewer.partner?.name ?? null;
  const from = addDays(mine.today, 1 - range);

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{mine.todays ? "You checked in today" : "How are you today?"}</CardTitle>
          <CardDescription>Tap a number for each. There are no right answers.</CardDescription>
        </CardHeader>
        <CardContent>
          <CheckInForm days={mine.editableDays} recent={mine.recent} range={range} />
        </CardContent>
      </Card>

      <Card aria-labelledby="trends-heading">
        <CardHeader>
          <CardTitle id="trends-heading">Your trends</CardTitle>
          <CardDescription>
            Dots are each day&apos;s reading; the line is the average of the 7 days up to it.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <nav aria-label="Chart range" className="flex gap-2">
            {chartRanges.map((option) => (
              <Link
                key={option}
                href={option === 30 ? "/check-in" : `/check-in?range=${option}`}
                aria-current={option === range ? "page" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1.5 text-sm",
                  option === range
                    ? "border-gold bg-gold-soft font-medium text-gold-foreground"
                    : "border-border hover:bg-muted",
                )}
              >
                {option} days
              </Link>
            ))}
          </nav>
          <div className="grid gap-2">
            <p className="text-sm text-muted-foreground">Your last seven check-ins against the seven before:</p>
            <Directions directions={mine.directions} testId="my-directions" />
          </div>
          <div className="grid gap-8">
            {measures.map((measure) => (
              <TrendChart
                key={measure}
                id={`mine-${measure}`}
                label={measureLooks[measure].label}
                points={mine.trends[measure]}
                from={from}
                to={mine.today}
              />
            ))}
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Sharing</CardTitle>
          <CardDescription>
            You can change this at any time. It applies to the past too: stop sharing, and nothing stays visible.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {partnerName ? (
            <SharingChoice level={mine.sharing} partnerName={partnerName} range={range} />
          ) : (
            <p className="text-sm text-muted-foreground">
              When your partner joins, you can choose what they see. Until then, it&apos;s all yours.
            </p>
          )}
        </CardContent>
      </Card>

      {partnerName && partner && (
        <Card id="partner" aria-labelledby="partner-heading" data-testid="partner-check-ins">
          <CardHeader>
            <CardTitle id="partner-heading">What {partnerName} shares with you</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-6">
            {partner.level === "nothing" ? (
              <p className="text-sm text-muted-foreground">
                {partnerName} keeps their check-ins to themselves. That&apos;s theirs to choose.
              </p>
            ) : (
              <div className="grid gap-2">
                <p className="text-sm text-muted-foreground">Their last seven check-ins against the seven before:</p>
                <Directions directions={partner.directions} testId="partner-directions" />
              </div>
            )}
            {partner.level === "numbers" && (
              <div className="grid gap-8">
                {measures.map((measure) => (
                  <TrendChart
                    key={measure}
                    id={`partner-${measure}`}
                    label={measureLooks[measure].label}
                    points={partner.trends[measure]}
                    from={partner.from}
                    to={partner.to}
                  />
                ))}
              </div>
            )}
          </CardContent>
        </Card>
      )}
    </div>
  );
}
