"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/app/_components/ui/button";
import { DateField } from "@/app/_components/ui/date-field";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { fieldErrorsOf, messageOf } from "@/lib/trpc";
import { createMemorySchema } from "@/server/memories/schema";

export type MemoryFormValues = z.output<typeof createMemorySchema>;

/** Title, when, where and the story: the same rules as the server's, errors beside each field. */
export function MemoryForm({
  defaults,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  defaults: MemoryFormValues;
  submitLabel: string;
  pending: boolean;
  /** Resolves, or rejects with the server's error (shown beside the fields). */
  onSubmit: (values: MemoryFormValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const form = useForm<z.input<typeof createMemorySchema>, unknown, MemoryFormValues>({
    resolver: zodResolver(createMemorySchema),
    defaultValues: defaults,
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields))
        form.setError(field as keyof MemoryFormValues, { message });
      if (Object.keys(fields).length === 0) form.setError("root", { message: messageOf(error) });
    }
  });
  return (
    <form className="grid gap-4" onSubmit={submit} noValidate>
      <Field
        label="What do you want to remember?"
        error={errors.title?.message}
        count={{ value: form.watch("title"), limit: 120 }}
      >
        <Input {...form.register("title")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="When" error={errors.happenedOn?.message}>
          <DateField {...form.register("happenedOn")} />
        </Field>
        <Field
          label="Where (optional)"
          error={errors.place?.message}
          count={{ value: form.watch("place"), limit: 200 }}
        >
          <Input {...form.register("place")} />
        </Field>
      </div>
      <Field
        label="The story (optional)"
        error={errors.story?.message}
        count={{ value: form.watch("story"), limit: 5000 }}
      >
        <Textarea rows={5} {...form.register("story")} />
      </Field>
      <FormError message={errors.root?.message} />
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
