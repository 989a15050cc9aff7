"use client";

import { useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { REFLECTION_MAX } from "@/server/dates/limits";
import { reflectOnPlan } from "../actions";

/** My reflection on a date kept; the page rendered after it shows what I wrote, and theirs once both have. */
export function ReflectionForm({ planId, partnerName }: { planId: string; partnerName: string }) {
  const run = useRunInView();
  const form = useFormFields({ body: "" });
  const [pending, startSaving] = useTransition();
  const save = ({ body }: { body: string }) =>
    startSaving(async () => {
      const result = await run(() => reflectOnPlan({ planId, body }));
      if (!result.ok) return form.showRefusal(result);
      toast.success(
        result.value.shownTogether
          ? "Here are both of your reflections."
          : `Saved. You'll see ${partnerName}'s when they've written theirs.`,
      );
    });
  return (
    <form {...form.formProps(save)} className="grid gap-3">
      <Field
        label="How was it for you?"
        error={form.errors.body}
        count={{ value: form.values.body, limit: REFLECTION_MAX }}
      >
        <Textarea rows={3} {...form.text("body")} required />
      </Field>
      <FormError message={form.errors.form} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save my reflection"}
        </Button>
      </div>
    </form>
  );
}
