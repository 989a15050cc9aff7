"use client";

import { useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";

/** Which words these are: it names their anchors and test ids (`vent-<id>`, `disclosure-body`). */
export type WordsKind = "vent" | "disclosure";

/** What the page's server actions answer: the API's word, and the list rendered after it. */
type Answer = ActionResult<void> & { view?: ReactNode };

/** Writing words: the server's message shows beside the field; the list comes back with them in. */
export function WordsComposer({
  kind,
  title,
  description,
  label,
  limit,
  submitLabel,
  written,
  write,
}: {
  kind: WordsKind;
  title: string;
  description: string;
  label: string;
  limit: number;
  submitLabel: string;
  /** The toast once they are written. */
  written: string;
  write: (values: { body: string }) => Promise<Answer>;
}) {
  const run = useRunInView();
  const form = useFormFields({ body: "" });
  const [sending, startSending] = useTransition();
  const send = (values: { body: string }) =>
    startSending(async () => {
      const result = await run(() => write(values));
      if (!result.ok) return form.showRefusal(result);
      form.reset();
      toast.success(written);
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(send)} className="grid gap-3">
          <Field label={label} error={form.errors.body} count={{ value: form.values.body, limit }}>
            <Textarea {...form.text("body")} required rows={5} data-testid={`${kind}-body`} />
          </Field>
          <FormError message={form.errors.form} />
          <div>
            <Button type="submit" disabled={sending} data-testid={`${kind}-submit`}>
              {sending ? "Saving…" : submitLabel}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

/** The reader's one answer; a refusal shows as a toast. */
export function AcknowledgeWords({
  kind,
  acknowledge,
  children,
}: {
  kind: WordsKind;
  acknowledge: () => Promise<Answer>;
  /** The button's icon and words. */
  children: ReactNode;
}) {
  const run = useRunInView();
  const [pending, startAcknowledging] = useTransition();
  return (
    <Button
      variant="gold"
      onClick={() =>
        startAcknowledging(async () => {
          const result = await run(acknowledge);
          if (!result.ok) toast.error(result.error);
        })
      }
      disabled={pending}
      data-testid={`${kind}-acknowledge`}
    >
      {children}
    </Button>
  );
}

/** The author takes their words away for both of them, once they have confirmed. */
export function RemoveWords({
  trigger,
  title,
  description,
  confirmLabel,
  removed,
  remove,
}: {
  /** The button's icon and words. */
  trigger: ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  /** The toast once they are gone. */
  removed: string;
  remove: () => Promise<Answer>;
}) {
  const run = useRunInView();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          {trigger}
        </Button>
      }
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      destructive
      onConfirm={async () => {
        const result = await run(remove);
        if (!result.ok) return result.error;
        toast.success(removed);
      }}
    />
  );
}
