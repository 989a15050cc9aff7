"use client";

import { Ear, Trash2 } from "lucide-react";
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
import { VENT_MAX } from "@/server/vents/limits";
import { acknowledgeVent, deleteVent, writeVent } from "./actions";

/** Writing a vent: the server's message shows beside the field; the list comes back with it in. */
export function VentComposer({ partnerName, pages }: { partnerName: string; pages: number }) {
  const run = useRunInView();
  const form = useFormFields({ body: "" });
  const [sending, startSending] = useTransition();
  const send = (values: { body: string }) =>
    startSending(async () => {
      const result = await run(() => writeVent(values, pages));
      if (!result.ok) return form.showRefusal(result);
      form.reset();
      toast.success(`Written. ${partnerName} can read it now.`);
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Let it out</CardTitle>
        <CardDescription>Only the two of you can see this. You can delete it later.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(send)} className="grid gap-3">
          <Field
            label="What hurts right now"
            error={form.errors.body}
            count={{ value: form.values.body, limit: VENT_MAX }}
          >
            <Textarea {...form.text("body")} required rows={5} data-testid="vent-body" />
          </Field>
          <FormError message={form.errors.form} />
          <div>
            <Button type="submit" disabled={sending} data-testid="vent-submit">
              {sending ? "Saving…" : "Share it"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

export function AcknowledgeVent({ id, pages }: { id: string; pages: number }) {
  const run = useRunInView();
  const [pending, startAcknowledging] = useTransition();
  return (
    <Button
      variant="gold"
      onClick={() =>
        startAcknowledging(async () => {
          const result = await run(() => acknowledgeVent(id, pages));
          if (!result.ok) toast.error(result.error);
        })
      }
      disabled={pending}
      data-testid="vent-acknowledge"
    >
      <Ear aria-hidden />I read this and I hear you
    </Button>
  );
}

export function DeleteVent({ id, pages, acknowledged }: { id: string; pages: number; acknowledged: boolean }) {
  const run = useRunInView();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          <Trash2 aria-hidden />
          Delete
        </Button>
      }
      title="Delete this vent?"
      description={`It will be gone for both of you${acknowledged ? ", along with the acknowledgement" : ""}. This can't be undone.`}
      confirmLabel="Delete"
      destructive
      onConfirm={async () => {
        const result = await run(() => deleteVent(id, pages));
        if (!result.ok) return result.error;
        toast.success("Deleted.");
      }}
    />
  );
}
