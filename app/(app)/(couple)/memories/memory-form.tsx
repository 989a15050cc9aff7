"use client";

import { useTransition } from "react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { Button } from "@/app/_components/ui/button";
import { DateField } from "@/app/_components/ui/date-field";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { useFormFields } from "@/lib/use-form-fields";
import { MEMORY_PLACE_MAX, MEMORY_STORY_MAX, MEMORY_TITLE_MAX } from "@/server/memories/limits";

export type MemoryFormValues = { title: string; happenedOn: string; place: string; story: string };

/** Title, when, where and the story: the server checks them, and its words show beside each field. */
export function MemoryForm({
  defaults,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  defaults: MemoryFormValues;
  submitLabel: string;
  /** The server's answer: a refusal shows beside the fields. */
  onSubmit: (values: MemoryFormValues) => Promise<ActionResult<unknown>>;
  onCancel?: () => void;
}) {
  const form = useFormFields(defaults);
  const { errors, values } = form;
  const [pending, startSaving] = useTransition();
  const save = (values: MemoryFormValues) =>
    startSaving(async () => {
      const result = await onSubmit(values);
      if (!result.ok) form.showRefusal(result);
    });
  return (
    <form {...form.formProps(save)} className="grid gap-4">
      <Field
        label="What do you want to remember?"
        error={errors.title}
        count={{ value: values.title, limit: MEMORY_TITLE_MAX }}
      >
        <Input {...form.text("title")} required />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="When" error={errors.happenedOn}>
          <DateField {...form.text("happenedOn")} required />
        </Field>
        <Field label="Where (optional)" error={errors.place} count={{ value: values.place, limit: MEMORY_PLACE_MAX }}>
          <Input {...form.text("place")} />
        </Field>
      </div>
      <Field label="The story (optional)" error={errors.story} count={{ value: values.story, limit: MEMORY_STORY_MAX }}>
        <Textarea rows={5} {...form.text("story")} />
      </Field>
      <FormError message={errors.form} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
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
