import { CalendarPlus, Gift } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { BackLink } from "@/app/_components/ui/back-link";
import { weekdayDate } from "@/lib/date-words";
import type { PlanDetail } from "../format";
import { PageTitle } from "@/app/_components/ui/page-title";
import { RevealWatch } from "./reveal-watch";

type Face = Extract<PlanDetail, { kind: "surprise" }>;

export function CalendarLink({ id }: { id: string }) {
  return (
    <Button asChild variant="secondary">
      <a href={`/api/dates/${id}/ics`} download>
        <CalendarPlus aria-hidden />
        Add to calendar
      </a>
    </Button>
  );
}

/** A surprise, as the surprised partner may see it (day, rough time, hints), rendered on the server. */
export function SurpriseFaceView({ face }: { face: Face }) {
  const planner = face.plannedBy?.name ?? "Your partner";
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <BackLink href="/dates">Dates</BackLink>
        <PageTitle>{face.headline}</PageTitle>
      </header>
      {face.status === "planned" && <RevealWatch />}
      <Card tone="gold">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Gift aria-hidden className="size-5 text-gold-foreground" />
            {planner} is planning something for you
          </CardTitle>
          <CardDescription>
            {face.status === "cancelled"
              ? "This surprise was called off."
              : `${weekdayDate(face.day)}, in the ${face.timeOfDay}. The details appear here when ${planner} reveals them.`}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {face.hints.length > 0 ? (
            <div className="grid gap-2">
              <h2 className="text-sm font-medium">Hints</h2>
              <ul className="grid gap-1.5" data-testid="surprise-hints">
                {face.hints.map((hint) => (
                  <li key={hint} className="rounded-md bg-gold-soft/50 px-3 py-2">
                    {hint}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">No hints — just keep the time free.</p>
          )}
          {face.status === "planned" && (
            <div>
              <CalendarLink id={face.id} />
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
