"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Gift, Images, Lightbulb, MapPin } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { REFLECTION_MAX } from "@/server/dates/limits";
import { BackLink } from "@/app/_components/ui/back-link";
import { formatPlanTime, formatRange } from "@/lib/plan-time";
import type { PlanDetail } from "../format";
import { PlanForm } from "../plan-form";
import { PageTitle } from "@/app/_components/ui/page-title";
import { CalendarLink, SurpriseFaceView } from "./surprise-face";

type FullPlan = Extract<PlanDetail, { kind: "plan" }>;

function Reflections({
  plan,
  partnerName,
}: {
  plan: FullPlan & { reflections: NonNullable<PlanDetail["reflections"]> };
  partnerName: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reflections = plan.reflections;
  const form = useFormFields({ body: "" });
  const reflect = useMutation(
    trpc.dates.reflect.mutationOptions({
      onSuccess: (updated) => {
        toast.success(
          updated.reflections?.shownTogether
            ? "Here are both of your reflections."
            : `Saved. You'll see ${partnerName}'s when they've written theirs.`,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.dates.pathKey() });
      },
      onError: form.showError,
    }),
  );
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
          <form
            {...form.formProps((values) => reflect.mutate({ planId: plan.id, body: values.body }))}
            className="grid gap-3"
          >
            <Field
              label="How was it for you?"
              error={form.errors.body}
              count={{ value: form.values.body, limit: REFLECTION_MAX }}
            >
              <Textarea rows={3} {...form.text("body")} required />
            </Field>
            <FormError message={form.errors.form} />
            <div>
              <Button type="submit" disabled={reflect.isPending}>
                {reflect.isPending ? "Saving…" : "Save my reflection"}
              </Button>
            </div>
          </form>
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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.dates.pathKey() });
  const setStatus = useMutation(
    trpc.dates.setStatus.mutationOptions({
      onSuccess: (updated) => {
        toast.success(
          updated.status === "done" ? "A date kept. It's on your timeline now." : "Called off. That's okay.",
        );
        void refresh();
      },
      onError: (error) => {
        toast.error(error);
        void refresh();
      },
    }),
  );
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

      {editing ? (
        <Card>
          <CardHeader>
            <CardTitle>Edit the plan</CardTitle>
          </CardHeader>
          <CardContent>
            <PlanForm
              key={plan.version}
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
              onSaved={() => setEditing(false)}
              onCancel={() => {
                setEditing(false);
                void refresh();
              }}
            />
          </CardContent>
        </Card>
      ) : (
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
                  <Button variant="secondary" onClick={() => setEditing(true)}>
                    Edit
                  </Button>
                  {begun && (
                    <Button
                      onClick={() => setStatus.mutate({ id: plan.id, version: plan.version, status: "done" })}
                      disabled={setStatus.isPending}
                    >
                      We kept this date
                    </Button>
                  )}
                  <CalendarLink id={plan.id} />
                  <ConfirmDialog
                    trigger={<Button variant="ghost">Call it off</Button>}
                    title="Call off this date?"
                    description={`${partnerName} will see that it was called off. You can always plan another.`}
                    confirmLabel="Call it off"
                    cancelLabel="Keep it"
                    onConfirm={() =>
                      setStatus
                        .mutateAsync({ id: plan.id, version: plan.version, status: "cancelled" })
                        .then(() => undefined)
                    }
                  />
                </>
              )}
            </div>
          </CardContent>
        </Card>
      )}

      {plan.reflections && <Reflections plan={{ ...plan, reflections: plan.reflections }} partnerName={partnerName} />}
    </div>
  );
}

export function PlanDetailView({ initial, partnerName }: { initial: PlanDetail; partnerName: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.dates.get.queryOptions(
      { id: initial.id },
      // A surprise reveals itself at its time, with no event to announce it: look again now and then.
      { initialData: initial, refetchInterval: (query) => (query.state.data?.kind === "surprise" ? 60_000 : false) },
    ),
  );
  const plan = data ?? initial;
  return (
    <>
      {plan.kind === "surprise" ? (
        <SurpriseFaceView face={plan} />
      ) : (
        <FullPlanView plan={plan} partnerName={partnerName} />
      )}
    </>
  );
}
