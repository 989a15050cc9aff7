"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, type Path } from "react-hook-form";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { cn } from "@/lib/cn";
import { fieldErrorsOf, messageOf } from "@/lib/trpc";
import { suggestChangeFormSchema, type SuggestChangeFormInput } from "@/server/responsibilities/schema";
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
 * share it; a suggestion adds a short note. Validated with the server's own schema.
 */
export function TermsForm({
  mode,
  partnerName,
  defaults,
  onSubmit,
  onCancel,
}: {
  mode: "propose" | "suggest";
  partnerName: string;
  defaults?: Partial<SuggestChangeFormInput>;
  onSubmit: (values: SuggestChangeFormInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<SuggestChangeFormInput>({
    resolver: zodResolver(suggestChangeFormSchema),
    defaultValues: { title: "", details: "", owner: "me", cadence: { kind: "daily", days: [] }, note: "", ...defaults },
  });
  const errors = form.formState.errors;
  const kind = form.watch("cadence.kind");

  async function submit(values: SuggestChangeFormInput) {
    try {
      await onSubmit(values);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const known = Object.entries(fields).filter(([key]) => key in values || key.startsWith("cadence"));
      if (known.length === 0) form.setError("root", { message: messageOf(error) });
      for (const [key, message] of known) form.setError(key as Path<SuggestChangeFormInput>, { message });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(submit)} className="grid gap-4" noValidate>
      <Field
        label="What"
        error={errors.title?.message}
        hint="For example: “Take the kids to school”."
        count={{ value: form.watch("title"), limit: 120 }}
      >
        <Input {...form.register("title")} autoComplete="off" />
      </Field>
      <Field
        label="Details (optional)"
        error={errors.details?.message}
        count={{ value: form.watch("details"), limit: 1000 }}
      >
        <Textarea {...form.register("details")} rows={3} height="medium" />
      </Field>

      <fieldset className="grid gap-2">
        <legend className="mb-1.5 text-sm font-medium">Who will do it</legend>
        <div className="grid grid-cols-2 gap-2">
          <label className={choiceClass}>
            <input type="radio" value="me" {...form.register("owner")} className="accent-gold" />I will
          </label>
          <label className={choiceClass}>
            <input type="radio" value="partner" {...form.register("owner")} className="accent-gold" />
            {partnerName} will
          </label>
        </div>
        {errors.owner && (
          <p role="alert" className="text-sm font-medium text-danger">
            {errors.owner.message}
          </p>
        )}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-1.5 text-sm font-medium">How often</legend>
        <div className="grid grid-cols-2 gap-2">
          {cadenceChoices.map((choice) => (
            <label key={choice.kind} className={choiceClass}>
              <input type="radio" value={choice.kind} {...form.register("cadence.kind")} className="accent-gold" />
              {choice.label}
            </label>
          ))}
        </div>
        {kind === "weekdays" && (
          <Controller
            control={form.control}
            name="cadence.days"
            render={({ field }) => (
              <fieldset className="grid gap-1.5">
                <legend className="sr-only">Which days</legend>
                <div className="flex flex-wrap gap-1.5">
                  {WEEKDAY_ORDER.map((day) => {
                    const checked = field.value.includes(day);
                    return (
                      <label key={day} className={cn(choiceClass, "min-w-14 justify-center px-2")}>
                        <input
                          type="checkbox"
                          className="sr-only"
                          checked={checked}
                          onChange={() =>
                            field.onChange(checked ? field.value.filter((d) => d !== day) : [...field.value, day])
                          }
                        />
                        {WEEKDAY_LABELS[day]}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            )}
          />
        )}
        {(errors.cadence?.days?.message ?? errors.cadence?.kind?.message) && (
          <p role="alert" className="text-sm font-medium text-danger">
            {errors.cadence?.days?.message ?? errors.cadence?.kind?.message}
          </p>
        )}
      </fieldset>

      {mode === "suggest" && (
        <Field
          label={`A note for ${partnerName} (optional)`}
          error={errors.note?.message}
          count={{ value: form.watch("note"), limit: 280 }}
        >
          <Textarea {...form.register("note")} rows={2} height="short" />
        </Field>
      )}

      <FormError message={errors.root?.message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Sending…" : mode === "propose" ? "Propose" : "Send suggestion"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
