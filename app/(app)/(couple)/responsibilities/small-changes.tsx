"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Check, Flame, MessageCircleHeart, Plus, Sprout } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { countOf } from "@/lib/plural";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { ENCOURAGEMENT_MAX, SMALL_CHANGE_DETAILS_MAX, SMALL_CHANGE_TITLE_MAX } from "@/server/small-changes/limits";
import { streakWords } from "./cadence";
import type { SmallChangeItem } from "./item-types";
import { useRefreshResponsibilities } from "./use-refresh";
import { WeekStrip } from "./week-strip";

const DAILY = { kind: "daily" } as const;

export function SmallChangesPanel({ items, partnerName }: { items: SmallChangeItem[]; partnerName: string | null }) {
  const [starting, setStarting] = useState(false);
  const mine = items.filter((c) => c.owner.isMe && !c.stopped);
  const theirs = items.filter((c) => !c.owner.isMe && !c.stopped);
  const stopped = items.filter((c) => c.stopped);
  const other = partnerName ?? "your partner";

  return (
    <div className="grid gap-6">
      <p className="text-sm leading-relaxed text-muted-foreground">
        Habits you take on for yourself, one day at a time. No agreement needed; {other} can see them and cheer you on.
      </p>
      {starting ? (
        <StartForm onDone={() => setStarting(false)} partnerName={other} />
      ) : (
        <Button className="justify-self-start" onClick={() => setStarting(true)}>
          <Plus aria-hidden /> Start a small change
        </Button>
      )}

      <section aria-labelledby="my-changes" className="grid gap-3">
        <h2 id="my-changes" className="font-serif text-xl">
          Yours
        </h2>
        {mine.length === 0 ? (
          <EmptyState
            icon={Sprout}
            title="Start small"
            description="“No phone at dinner.” “Say where I'm going.” One steady habit is enough."
          />
        ) : (
          mine.map((change) => <SmallChangeCard key={change.id} change={change} partnerName={other} />)
        )}
      </section>

      {partnerName && (
        <section aria-labelledby="partner-changes" className="grid gap-3">
          <h2 id="partner-changes" className="font-serif text-xl">
            {partnerName}&rsquo;s
          </h2>
          {theirs.length === 0 ? (
            <p className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground">
              {partnerName} hasn&rsquo;t started a small change yet.
            </p>
          ) : (
            theirs.map((change) => <SmallChangeCard key={change.id} change={change} partnerName={other} />)
          )}
        </section>
      )}

      {stopped.length > 0 && (
        <details className="rounded-xl border border-border bg-card p-4">
          <summary className="cursor-pointer text-sm font-medium">Stopped ({stopped.length})</summary>
          <ul className="mt-3 grid gap-2 text-sm">
            {stopped.map((change) => (
              <li key={change.id}>
                {change.title} · {change.owner.isMe ? "you" : change.owner.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function StartForm({ onDone, partnerName }: { onDone: () => void; partnerName: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshResponsibilities();
  const form = useFormFields({ title: "", details: "" });
  const start = useMutation(
    trpc.smallChanges.start.mutationOptions({
      onSuccess: () => {
        toast.success(`Started. ${partnerName} can see it.`);
        refresh();
        onDone();
      },
      onError: form.showError,
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>Start a small change</CardTitle>
        <CardDescription>Checked off each day you keep it. It starts today.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(start.mutate)} className="grid gap-4">
          <Field
            label="The change"
            error={form.errors.title}
            hint="For example: “No phone at dinner”."
            count={{ value: form.values.title, limit: SMALL_CHANGE_TITLE_MAX }}
          >
            <Input {...form.text("title")} required autoComplete="off" />
          </Field>
          <Field
            label="Why it matters to you (optional)"
            error={form.errors.details}
            count={{ value: form.values.details, limit: SMALL_CHANGE_DETAILS_MAX }}
          >
            <Textarea {...form.text("details")} rows={2} height="short" />
          </Field>
          <FormError message={form.errors.form} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={start.isPending}>
              {start.isPending ? "Starting…" : "Start"}
            </Button>
            <Button variant="ghost" onClick={onDone}>
              Cancel
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

function SmallChangeCard({ change, partnerName }: { change: SmallChangeItem; partnerName: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshResponsibilities();
  const onError = (error: unknown) => toast.error(error);
  const checkOff = useMutation(
    trpc.smallChanges.checkOff.mutationOptions({
      onSuccess: (result) => {
        if (result.milestones.length) toast.success(`${result.streak} days in a row — that's a milestone.`);
        refresh();
      },
      onError,
    }),
  );
  const undo = useMutation(trpc.smallChanges.undoCheckOff.mutationOptions({ onSuccess: refresh, onError }));
  const stop = useMutation(trpc.smallChanges.stop.mutationOptions({ onSuccess: refresh }));
  const { progress } = change;

  return (
    <Card id={`change-${change.id}`} data-testid="small-change" className="scroll-mt-24">
      <CardHeader>
        {progress.streak > 0 && (
          <Badge tone="gold" className="justify-self-start" data-testid="streak">
            <Flame aria-hidden /> {streakWords(progress.streak, DAILY)}
          </Badge>
        )}
        <CardTitle>{change.title}</CardTitle>
        <CardDescription>
          {change.owner.isMe ? "Yours" : change.owner.name} · every day ·{" "}
          {progress.keptRate.due > 0
            ? `kept ${progress.keptRate.kept} of ${countOf(progress.keptRate.due, "day")} this month`
            : "starting this month"}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {change.details && <p className="text-sm leading-relaxed whitespace-pre-line">{change.details}</p>}
        {change.owner.isMe ? (
          <>
            {!progress.keptNow && (
              <Button
                variant="gold"
                className="justify-self-start"
                disabled={checkOff.isPending}
                onClick={() => checkOff.mutate({ id: change.id })}
              >
                <Check aria-hidden /> Kept today
              </Button>
            )}
            <WeekStrip
              label={`Check off “${change.title}”`}
              days={progress.window}
              today={change.today}
              pending={checkOff.isPending || undo.isPending}
              onToggle={(day, checked) =>
                checked ? undo.mutate({ id: change.id, day }) : checkOff.mutate({ id: change.id, day })
              }
            />
          </>
        ) : (
          <WeekStrip label={`${change.owner.name}'s week`} days={progress.window} today={change.today} />
        )}

        {change.encouragements.length > 0 && (
          <ul className="grid gap-2" aria-label="Encouragement">
            {change.encouragements.map((note) => (
              <li key={note.id} className="flex gap-2 rounded-lg bg-gold-soft px-3 py-2 text-sm text-gold-foreground">
                <MessageCircleHeart aria-hidden className="mt-0.5 size-4 shrink-0" />
                <span>
                  <span className="font-medium">{note.fromMe ? "You" : note.fromName}:</span> {note.message}
                </span>
              </li>
            ))}
          </ul>
        )}

        {change.owner.isMe ? (
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="ghost" className="justify-self-start">
                Stop tracking
              </Button>
            }
            title="Stop tracking this change?"
            description={`Its history stays; ${partnerName} will see it as stopped.`}
            confirmLabel="Stop tracking"
            onConfirm={async () => {
              await stop.mutateAsync({ id: change.id });
            }}
          />
        ) : (
          <EncourageForm changeId={change.id} ownerName={change.owner.name} />
        )}
      </CardContent>
    </Card>
  );
}

function EncourageForm({ changeId, ownerName }: { changeId: string; ownerName: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshResponsibilities();
  const form = useFormFields({ message: "" });
  const encourage = useMutation(
    trpc.smallChanges.encourage.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast.success(`Sent to ${ownerName}.`);
        refresh();
      },
      onError: form.showError,
    }),
  );

  return (
    <form {...form.formProps((values) => encourage.mutate({ id: changeId, ...values }))} className="grid gap-2">
      <Field
        label={`Encourage ${ownerName}`}
        error={form.errors.message ?? form.errors.form}
        count={{ value: form.values.message, limit: ENCOURAGEMENT_MAX }}
      >
        <Input {...form.text("message")} required placeholder="I see you trying. Thank you." autoComplete="off" />
      </Field>
      <Button type="submit" size="sm" variant="secondary" className="justify-self-start" disabled={encourage.isPending}>
        Send encouragement
      </Button>
    </form>
  );
}
