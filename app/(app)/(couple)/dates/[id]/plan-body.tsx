import Link from "next/link";
import { Gift, Images, Lightbulb, MapPin } from "lucide-react";
import { BackLink } from "@/app/_components/ui/back-link";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { PageTitle } from "@/app/_components/ui/page-title";
import { formatPlanTime, formatRange } from "@/lib/plan-time";
import type { PlanDetail } from "../format";
import { EditPlanButton, PlanEditing } from "./plan-editing";
import { CallOffPlan, KeepPlan } from "./plan-status";
import { ReflectionForm } from "./reflection-form";
import { CalendarLink, SurpriseFaceView } from "./surprise-face";

type FullPlan = Extract<PlanDetail, { kind: "plan" }>;

function Reflections({
  plan,
  partnerName,
}: {
  plan: FullPlan & { reflections: NonNullable<PlanDetail["reflections"]> };
  partnerName: string;
}) {
  const reflections = plan.reflections;
  return (
    <Card id="reflections">
      <CardHeader>
        <CardTitle>After the date</CardTitle>
        <CardDescription>
          A few words each. Neither of you sees the other&apos;s until you&apos;ve both written — or a week has passed.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {reflections.mine ? (
          <figure className="grid gap-1 rounded-md bg-muted px-4 py-3">
            <figcaption className="text-sm font-medium">You wrote</figcaption>
            <blockquote className="whitespace-pre-wrap">{reflections.mine.body}</blockquote>
          </figure>
        ) : (
          <ReflectionForm planId={plan.id} partnerName={partnerName} />
        )}
        {reflections.partner ? (
          <figure className="grid gap-1 rounded-md bg-gold-soft/40 px-4 py-3">
            <figcaption className="text-sm font-medium">{partnerName} wrote</figcaption>
            <blockquote className="whitespace-pre-wrap">{reflections.partner.body}</blockquote>
          </figure>
        ) : (
          <p className="text-sm text-muted-foreground">
            {reflections.partnerHasWritten
              ? `${partnerName} has written theirs. It will show here once you've written yours.`
              : reflections.shownTogether
                ? `${partnerName} didn't write one this time, and that's fine.`
                : `${partnerName} hasn't written theirs yet.`}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function FullPlanView({
  plan,
  partnerName,
}: {
  plan: FullPlan & { reflections: PlanDetail["reflections"] };
  partnerName: string;
}) {
  const ref = { id: plan.id, version: plan.version };
  const begun = plan.startsAt.getTime() <= Date.now();
  const surprise = plan.surprise;

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <BackLink href="/dates">Dates</BackLink>
        <div className="flex flex-wrap items-center gap-2">
          <PageTitle>{plan.title}</PageTitle>
          {plan.status === "done" && <Badge tone="gold">Kept</Badge>}
          {plan.status === "cancelled" && <Badge tone="neutral">Called off</Badge>}
        </div>
        <p className="text-muted-foreground">{formatRange(plan.startsAt, plan.endsAt, plan.timeZone)}</p>
        {plan.place && (
          <p className="flex items-center gap-1.5">
            <MapPin aria-hidden className="size-4 text-muted-foreground" />
            {plan.place}
          </p>
        )}
      </header>

      {surprise && (
        <Card tone="gold">
          <CardContent standalone className="grid gap-2 text-sm">
            <p className="flex items-center gap-2 font-medium">
              <Gift aria-hidden className="size-4 text-gold-foreground" />
              {surprise.side === "mine"
                ? surprise.revealed
                  ? `Your surprise for ${partnerName} — revealed.`
                  : `Your surprise for ${partnerName}. Revealed ${formatPlanTime(surprise.revealAt, plan.timeZone)}.`
                : `A surprise from ${plan.plannedBy?.name ?? partnerName}.`}
            </p>
            {surprise.partnerSees && (
              <p className="text-muted-foreground">
                Until then {partnerName} sees only: “{surprise.partnerSees}”
                {surprise.hints.length > 0 ? `, with your hints: ${surprise.hints.join(" · ")}` : ""}.
              </p>
            )}
          </CardContent>
        </Card>
      )}

      <PlanEditing
        partnerName={partnerName}
        defaults={{
          title: plan.title,
          startsAt: plan.startsAtLocal,
          endsAt: plan.endsAtLocal,
          timeZone: plan.timeZone,
          place: plan.place,
          notes: plan.notes,
          surprise: surprise ? { revealAt: surprise.revealAtLocal, hints: surprise.hints } : null,
        }}
        editing={{ id: plan.id, version: plan.version, mayChangeSurprise: plan.plannedByMe }}
      >
        <Card>
          <CardContent standalone className="grid gap-4">
            {plan.notes ? (
              <p className="whitespace-pre-wrap leading-relaxed">{plan.notes}</p>
            ) : (
              <p className="text-sm text-muted-foreground">No notes.</p>
            )}
            {(plan.idea || plan.memory) && (
              <div className="grid gap-1 text-sm">
                {plan.idea && (
                  <p className="flex items-center gap-1.5 text-muted-foreground">
                    <Lightbulb aria-hidden className="size-4" />
                    From the idea “{plan.idea.title}”
                  </p>
                )}
                {plan.memory && (
                  <p className="flex items-center gap-1.5">
                    <Images aria-hidden className="size-4 text-muted-foreground" />
                    Recreating{" "}
                    <Link href={`/memories/${plan.memory.id}`} className="font-medium underline underline-offset-4">
                      {plan.memory.title}
                    </Link>
                  </p>
                )}
              </div>
            )}
            <p className="text-xs text-muted-foreground">
              Planned by {plan.plannedByMe ? "you" : (plan.plannedBy?.name ?? partnerName)}.
            </p>
            <div className="flex flex-wrap gap-2">
              {plan.status === "planned" && (
                <>
                  <EditPlanButton />
                  {begun && <KeepPlan plan={ref} />}
                  <CalendarLink id={plan.id} />
                  <CallOffPlan plan={ref} partnerName={partnerName} />
                </>
              )}
            </div>
          </CardContent>
        </Card>
      </PlanEditing>

      {plan.reflections && <Reflections plan={{ ...plan, reflections: plan.reflections }} partnerName={partnerName} />}
    </div>
  );
}

/**
 * One plan as this partner may see it, rendered on the server and again when either partner
 * changes it (the page's live view). A surprise for me is only its public face: the details
 * never reach my browser before the reveal.
 */
export function PlanBody({ plan, partnerName }: { plan: PlanDetail; partnerName: string }) {
  return plan.kind === "surprise" ? (
    <SurpriseFaceView face={plan} />
  ) : (
    <FullPlanView plan={plan} partnerName={partnerName} />
  );
}
