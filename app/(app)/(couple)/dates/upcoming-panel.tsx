import Link from "next/link";
import { CalendarHeart, ChevronRight, Gift } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import type { Dashboard } from "../dashboard/dashboard-type";

/** The dashboard's upcoming dates; a surprise for me shows only as "A surprise on Saturday evening" and its hints. */
export function UpcomingDatesPanel({ dashboard }: { dashboard: Dashboard }) {
  const upcoming = dashboard.panels.dates?.upcoming;
  if (!upcoming || !dashboard.partner) return null;
  return (
    <Card data-testid="upcoming-dates">
      <CardHeader>
        <CardTitle>Upcoming dates</CardTitle>
        {upcoming.length === 0 && <CardDescription>Nothing planned yet.</CardDescription>}
      </CardHeader>
      <CardContent className="grid gap-2">
        {upcoming.length === 0 ? (
          <Link
            href="/dates/ideas"
            className="text-sm font-medium text-gold-foreground underline-offset-4 hover:underline"
          >
            Find an idea you&apos;d both enjoy
          </Link>
        ) : (
          <ul className="grid gap-1">
            {upcoming.map((date) => (
              <li key={date.id}>
                <Link
                  href={`/dates/${date.id}`}
                  className="flex items-start gap-3 rounded-lg px-2 py-3 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {date.kind === "surprise" || date.mySurprise ? (
                    <Gift aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-foreground" />
                  ) : (
                    <CalendarHeart aria-hidden className="mt-0.5 size-5 shrink-0 text-gold-foreground" />
                  )}
                  {date.kind === "surprise" ? (
                    <span className="grid min-w-0 flex-1 gap-0.5">
                      <span className="font-medium">{date.headline}</span>
                      <span className="text-sm text-muted-foreground">
                        From {date.plannedBy?.name ?? "your partner"}
                      </span>
                      {date.hints.length > 0 && (
                        <span className="text-sm" data-testid="surprise-hints">
                          {date.hints.join(" · ")}
                        </span>
                      )}
                    </span>
                  ) : (
                    <span className="grid min-w-0 flex-1 gap-0.5">
                      <span className="truncate font-medium">{date.title}</span>
                      <span className="text-sm text-muted-foreground">{date.when}</span>
                      {date.mySurprise && <span className="text-sm text-gold-foreground">Your surprise</span>}
                    </span>
                  )}
                  <ChevronRight aria-hidden className="mt-0.5 size-4 text-muted-foreground" />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
