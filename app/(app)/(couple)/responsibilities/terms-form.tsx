"use client";

import { useTransition } from "react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { cn } from "@/lib/cn";
import { useFormFields } from "@/lib/use-form-fields";
import {
  RESPONSIBILITY_DETAILS_MAX,
  RESPONSIBILITY_TITLE_MAX,
  SUGGESTION_NOTE_MAX,
} from "@/server/responsibilities/limits";
import type { SuggestChangeFormInput } from "@/server/responsibilities/schema";
import { WEEKDAY_LABELS, WEEKDAY_ORDER } from "./cadence";

const cadenceChoices = [
  { kind: "daily", label: "Every day" },
  { kind: "weekdays", label: "On chosen days" },
  { kind: "weekly", label: "Once a week" },
  { kind: "once", label: "Just once" },
] as const;

const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-input px-3 text-sm has-[:checked]:border-gold has-[:checked]:bg-gold-soft has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring";

/**
 * The terms of a responsibility: what, who, how often. Proposing and suggesting a change
 * share it; a suggestion adds a short note. `send` runs the server action; a refusal's words
 * show beside each field, and `onSent` follows an accepted one.
 */
export function TermsForm({
  mode,
  partnerName,
  defaults,
  send,
  onSent,
  onCancel,
}: {
  mode: "propose" | "suggest";
  partnerName: string;
  defaults?: Partial<SuggestChangeFormInput>;
  send: (values: SuggestChangeFormInput) => Promise<ActionResult<unknown>>;
  onSent: () => void;
  onCancel: () => void;
}) {
  const form = useFormFields<SuggestChangeFormInput>({
    title: "",
    details: "",
    owner: "me",
    cadence: { kind: "daily", days: [] },
    note: "",
    ...defaults,
  });
  const { values, errors } = form;
  const [sending, startSending] = useTransition();
  const days = values.cadence.days;
  const cadenceError = errors["cadence.days"] ?? errors["cadence.kind"] ?? errors.cadence;

  return (
    <form
      {...form.formProps((sent) =>
        startSending(async () => {
          const result = await send(sent);
          if (!result.ok) return form.showRefusal(result);
          onSent();
        }),
      )}
      className="grid gap-4"
    >
      <Field
        label="What"
        error={errors.title}
        hint="For example: “Take the kids to school”."
        count={{ value: values.title, limit: RESPONSIBILITY_TITLE_MAX }}
      >
        <Input {...form.text("title")} required autoComplete="off" />
      </Field>
      <Field
        label="Details (optional)"
        error={errors.details}
        count={{ value: values.details, limit: RESPONSIBILITY_DETAILS_MAX }}
      >
        <Textarea {...form.text("details")} rows={3} height="medium" />
      </Field>

      <fieldset className="grid gap-2">
        <legend className="mb-1.5 text-sm font-medium">Who will do it</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className={choiceClass}>
            <input
              type="radio"
              name="owner"
              checked={values.owner === "me"}
              onChange={() => form.set("owner", "me")}
              className="accent-gold"
            />
            I will
          </label>
          <label className={choiceClass}>
            <input
              type="radio"
              name="owner"
              checked={values.owner === "partner"}
              onChange={() => form.set("owner", "partner")}
              className="accent-gold"
            />
            {partnerName} will
          </label>
        </div>
        {errors.owner && (
          <p role="alert" className="text-sm font-medium text-danger">
            {errors.owner}
          </p>
        )}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-1.5 text-sm font-medium">How often</legend>
        <div className="grid grid-cols-2 gap-2">
          {cadenceChoices.map((choice) => (
            <label key={choice.kind} className={choiceClass}>
              <input
                type="radio"
                name="cadence"
                checked={values.cadence.kind === choice.kind}
                onChange={() => form.set("cadence", { ...values.cadence, kind: choice.kind })}
                className="accent-gold"
              />
              {choice.label}
            </label>
          ))}
        </div>
        {values.cadence.kind === "weekdays" && (
          <fieldset className="grid gap-1.5">
            <legend className="sr-only">Which days</legend>
            <div className="flex flex-wrap gap-1.5">
              {WEEKDAY_ORDER.map((day) => {
                const checked = days.includes(day);
                return (
                  <label key={day} className={cn(choiceClass, "min-w-14 justify-center px-2")}>
                    <input
                      type="checkbox"
                      className="sr-only"
                      checked={checked}
                      onChange={() =>
                        form.set("cadence", {
                          ...values.cadence,
                          days: checked ? days.filter((d) => d !== day) : [...days, day],
                        })
                      }
                    />
                    {WEEKDAY_LABELS[day]}
                  </label>
                );
              })}
            </div>
          </fieldset>
        )}
        {cadenceError && (
          <p role="alert" className="text-sm font-medium text-danger">
            {cadenceError}
          </p>
        )}
      </fieldset>

      {mode === "suggest" && (
        <Field
          label={`A note for ${partnerName} (optional)`}
          error={errors.note}
          count={{ value: values.note, limit: SUGGESTION_NOTE_MAX }}
        >
          <Textarea {...form.text("note")} rows={2} height="short" />
        </Field>
      )}

      <FormError message={errors.form} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={sending}>
          {sending ? "Sending…" : mode === "propose" ? "Propose" : "Send suggestion"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
