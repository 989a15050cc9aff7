"use client";

import { HandHeart, Undo2 } from "lucide-react";
import { useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { DISCLOSURE_MAX } from "@/server/disclosures/limits";
import { acknowledgeDisclosure, takeBackDisclosure, writeDisclosure } from "./actions";

/** Telling something: the server's message shows beside the field; the list comes back with it in. */
export function DisclosureComposer({ partnerName, pages }: { partnerName: string; pages: number }) {
  const run = useRunInView();
  const form = useFormFields({ body: "" });
  const [sending, startSending] = useTransition();
  const send = (values: { body: string }) =>
    startSending(async () => {
      const result = await run(() => writeDisclosure(values, pages));
      if (!result.ok) return form.showRefusal(result);
      form.reset();
      toast.success(`Told. ${partnerName} can read it now.`);
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Tell something</CardTitle>
        <CardDescription>
          Only the two of you can see this. You can take it back until {partnerName} has acknowledged it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(send)} className="grid gap-3">
          <Field
            label="What you'd like to tell"
            error={form.errors.body}
            hint={`${form.values.body.length} / ${DISCLOSURE_MAX}`}
          >
            <Textarea
              {...form.text("body")}
              required
              maxLength={DISCLOSURE_MAX}
              rows={5}
              data-testid="disclosure-body"
            />
          </Field>
          <FormError message={form.errors.form} />
          <div>
            <Button type="submit" disabled={sending} data-testid="disclosure-submit">
              {sending ? "Saving…" : "Tell"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

export function AcknowledgeDisclosure({ id, pages }: { id: string; pages: number }) {
  const run = useRunInView();
  const [pending, startAcknowledging] = useTransition();
  return (
    <Button
      variant="gold"
      onClick={() =>
        startAcknowledging(async () => {
          const result = await run(() => acknowledgeDisclosure(id, pages));
          if (!result.ok) toast.error(result.error);
        })
      }
      disabled={pending}
      data-testid="disclosure-acknowledge"
    >
      <HandHeart aria-hidden />
      Thank you for telling me
    </Button>
  );
}

export function TakeBackDisclosure({ id, pages }: { id: string; pages: number }) {
  const run = useRunInView();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          <Undo2 aria-hidden />
          Take back
        </Button>
      }
      title="Take this back?"
      description="It will be gone for both of you. This can't be undone."
      confirmLabel="Take back"
      destructive
      onConfirm={async () => {
        const result = await run(() => takeBackDisclosure(id, pages));
        if (!result.ok) return result.error;
        toast.success("Taken back.");
      }}
    />
  );
}
