"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Gift, Images } from "lucide-react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { runInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { DateTimeField } from "@/app/_components/ui/date-field";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { HINT_MAX, PLAN_NOTES_MAX, PLAN_PLACE_MAX, PLAN_TITLE_MAX } from "@/server/dates/limits";
import type { CreatePlanInput } from "@/server/dates/schema";
import { localToInstant } from "@/server/domain/zoned-time";
import { timeAgo } from "@/lib/date-words";
import { createMemory } from "../memories/actions";
import { createPlan, updatePlan } from "./actions";
import { startsInThePast } from "./past-plan";

type PlanFormValues = Pick<CreatePlanInput, "title" | "startsAt" | "endsAt" | "timeZone" | "place" | "notes"> & {
  surprise: { revealAt: string; hints: string[] } | null;
  ideaId?: string | null;
  memoryId?: string | null;
};
const HINT_SLOTS = 3;

/** The time zones the browser knows, filled in after mounting so server and browser render alike. */
function useTimeZones() {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => setZones(Intl.supportedValuesOf("timeZone")), []);
  return zones;
}

export type PlanFormProps = {
  defaults: PlanFormValues;
  partnerName: string;
  /** Present when editing: the plan and the version the editor starts from. */
  editing?: { id: string; version: number; mayChangeSurprise: boolean };
  onSaved?: () => void;
  onCancel?: () => void;
};

/** Plan a date, or edit one: the server checks it, and its words show beside each field. */
export function PlanForm({ defaults, partnerName, editing, onSaved, onCancel }: PlanFormProps) {
  const router = useRouter();
  const zones = useTimeZones();
  const [conflict, setConflict] = useState<string | null>(null);
  // A new plan dated in the past waits here while the person says whether it's a memory.
  const [inThePast, setInThePast] = useState<{ startsAt: string; timeZone: string } | null>(null);
  const form = useFormFields<PlanFormValues>({
    ...defaults,
    surprise: defaults.surprise ? { ...defaults.surprise, hints: padHints(defaults.surprise.hints) } : null,
  });
  const { values, errors } = form;
  const surprise = values.surprise;
  const mayChangeSurprise = !editing || editing.mayChangeSurprise;

  const [pending, startSaving] = useTransition();
  // Which of the two the pending save is: the plan, or the plan kept as a memory instead.
  const [savingMemory, setSavingMemory] = useState(false);
  const keeping = pending && savingMemory;

  /** Runs a server action; its refusal shows beside the fields, a conflict with what to do about it. */
  const save = <Value,>(
    action: () => Promise<ActionResult<Value>>,
    onSaved: (value: Value) => void,
    asMemory = false,
  ) =>
    startSaving(async () => {
      setSavingMemory(asMemory);
      const result = await action();
      if (result.ok) onSaved(result.value);
      else if (result.code === "CONFLICT" && editing) setConflict(result.error);
      else form.showRefusal(result);
    });

  const create = (input: PlanFormValues) =>
    save(
      () => createPlan(input),
      (plan) => {
        toast.success(
          plan.surprise
            ? `Your surprise is planned. ${partnerName} sees only the day and your hints.`
            : "Your date is planned.",
        );
        router.push(`/dates/${plan.id}`);
      },
    );
  const keepAsMemory = () =>
    save(
      () =>
        createMemory({
          title: values.title,
          happenedOn: values.startsAt.slice(0, 10),
          place: values.place,
          story: values.notes,
        }),
      (memory) => {
        toast.success("Kept in your album.");
        router.push(`/memories/${memory.id}`);
      },
      true,
    );

  const submit = () => {
    setConflict(null);
    if (!editing) {
      const past = startsInThePast(values.startsAt, values.timeZone, new Date());
      // Asked once per start time: sending the same past start again is "plan it anyway".
      if (past && inThePast?.startsAt !== values.startsAt) {
        return setInThePast({ startsAt: values.startsAt, timeZone: values.timeZone });
      }
      if (!past) setInThePast(null);
      return create(values);
    }
    const { ideaId: _ideaId, memoryId: _memoryId, surprise: chosen, ...fields } = values;
    const input = {
      ...fields,
      id: editing.id,
      version: editing.version,
      ...(editing.mayChangeSurprise ? { surprise: chosen } : {}),
    };
    // Answered with the plan's page rendered after it, shown by that page's live view.
    save(
      () => runInView("plan", () => updatePlan(input)),
      () => {
        toast.success("Saved.");
        onSaved?.();
      },
    );
  };

  const toggleSurprise = (on: boolean) =>
    form.set("surprise", on ? { revealAt: values.startsAt, hints: padHints([]) } : null);
  const setHint = (index: number, hint: string) =>
    surprise &&
    form.set("surprise", { ...surprise, hints: surprise.hints.map((old, at) => (at === index ? hint : old)) });

  return (
    <form {...form.formProps(submit)} className="grid gap-4">
      <Field label="What's the plan?" error={errors.title} count={{ value: values.title, limit: PLAN_TITLE_MAX }}>
        <Input autoComplete="off" required {...form.text("title")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Starts" error={errors.startsAt}>
          <DateTimeField required {...form.text("startsAt")} />
        </Field>
        <Field label="Ends" error={errors.endsAt}>
          <DateTimeField required {...form.text("endsAt")} />
        </Field>
      </div>
      <Field label="Time zone" hint="The times above are on this clock." error={errors.timeZone}>
        <Input list="plan-time-zones" autoComplete="off" required {...form.text("timeZone")} />
      </Field>
      <datalist id="plan-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field label="Where (optional)" error={errors.place} count={{ value: values.place, limit: PLAN_PLACE_MAX }}>
        <Input {...form.text("place")} />
      </Field>
      <Field label="Notes (optional)" error={errors.notes} count={{ value: values.notes, limit: PLAN_NOTES_MAX }}>
        <Textarea rows={3} {...form.text("notes")} />
      </Field>

      {mayChangeSurprise && (
        <fieldset className="grid gap-4 rounded-lg border border-gold/50 bg-gold-soft/30 p-4">
          <legend className="px-1 text-sm font-medium">Surprise</legend>
          <label className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-5 accent-[var(--color-gold)]"
              checked={surprise !== null}
              onChange={(event) => toggleSurprise(event.target.checked)}
            />
            <span>
              <span className="flex items-center gap-1.5 font-medium">
                <Gift aria-hidden className="size-4 text-gold-foreground" />
                Make it a surprise for {partnerName}
              </span>
              <span className="text-muted-foreground">
                Until the reveal, {partnerName} sees only the day, a rough time of day (“Saturday evening”) and your
                hints — nothing else, anywhere.
              </span>
            </span>
          </label>
          {surprise && (
            <>
              <Field
                label="Reveal the details at"
                hint="No later than the date begins."
                error={errors["surprise.revealAt"]}
              >
                <DateTimeField
                  required
                  value={surprise.revealAt}
                  onChange={(event) => form.set("surprise", { ...surprise, revealAt: event.target.value })}
                />
              </Field>
              <div className="grid gap-2">
                <p className="text-sm font-medium">Hints (optional)</p>
                {surprise.hints.map((hint, index) => (
                  <Field
                    key={index}
                    label={<span className="sr-only">Hint {index + 1}</span>}
                    error={errors[`surprise.hints.${index}`]}
                    count={{ value: hint, limit: HINT_MAX }}
                  >
                    <Input
                      placeholder={index === 0 ? "Dress warmly" : index === 1 ? "Keep Saturday evening free" : ""}
                      value={hint}
                      onChange={(event) => setHint(index, event.target.value)}
                    />
                  </Field>
                ))}
              </div>
            </>
          )}
        </fieldset>
      )}

      {conflict && (
        <div role="alert" className="grid gap-2 rounded-md border border-gold/50 bg-gold-soft/40 px-3 py-2.5 text-sm">
          <p>{conflict}</p>
          <div>
            <Button type="button" size="sm" variant="secondary" onClick={() => onCancel?.()}>
              See the latest version
            </Button>
          </div>
        </div>
      )}
      {inThePast && (
        <section
          aria-labelledby="plan-in-the-past"
          role="alert"
          className="grid gap-3 rounded-md border border-gold/50 bg-gold-soft/40 p-4 text-sm"
          data-testid="plan-in-the-past"
        >
          <h2 id="plan-in-the-past" className="font-sans text-base font-semibold tracking-normal">
            That was {timeAgo(localToInstant(inThePast.startsAt, inThePast.timeZone))}. Is it a memory?
          </h2>
          <p className="text-muted-foreground">
            Plans are for what&apos;s ahead. If you two already did this, keep it in your album: {partnerName} will see
            it there, and you can plan to recreate it any time.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="gold" disabled={pending} onClick={keepAsMemory}>
              <Images aria-hidden />
              {keeping ? "Keeping it…" : "Keep it as a memory"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => create(values)}>
              Plan it anyway
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setInThePast(null);
                form.formRef.current?.querySelector<HTMLElement>('[name="startsAt"]')?.focus();
              }}
            >
              Change the date
            </Button>
          </div>
        </section>
      )}
      <FormError message={errors.form} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Plan it"}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

function padHints(hints: string[]) {
  return [...hints, ...Array<string>(HINT_SLOTS).fill("")].slice(0, Math.max(HINT_SLOTS, hints.length));
}
