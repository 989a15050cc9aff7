"use client";

import { Plus } from "lucide-react";
import { useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { ENCOURAGEMENT_MAX, SMALL_CHANGE_DETAILS_MAX, SMALL_CHANGE_TITLE_MAX } from "@/server/small-changes/limits";
import { encourageSmallChange, startSmallChange, stopSmallChange } from "./actions";

/** The button that opens the form to start a small change, and the form; the list comes back with it in. */
export function StartSmallChange({ partnerName }: { partnerName: string }) {
  const [starting, setStarting] = useState(false);
  if (!starting) {
    return (
      <Button className="justify-self-start" onClick={() => setStarting(true)}>
        <Plus aria-hidden /> Start a small change
      </Button>
    );
  }
  return <StartForm partnerName={partnerName} onDone={() => setStarting(false)} />;
}

function StartForm({ partnerName, onDone }: { partnerName: string; onDone: () => void }) {
  const run = useRunInView();
  const form = useFormFields({ title: "", details: "" });
  const [sending, startSending] = useTransition();
  const send = (values: { title: string; details: string }) =>
    startSending(async () => {
      const result = await run(() => startSmallChange(values));
      if (!result.ok) return form.showRefusal(result);
      toast.success(`Started. ${partnerName} can see it.`);
      onDone();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Start a small change</CardTitle>
        <CardDescription>Checked off each day you keep it. It starts today.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(send)} className="grid gap-4">
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
            <Button type="submit" disabled={sending}>
              {sending ? "Starting…" : "Start"}
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

export function StopTracking({ id, partnerName }: { id: string; partnerName: string }) {
  const run = useRunInView();
  return (
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
        const result = await run(() => stopSmallChange(id));
        if (!result.ok) return result.error;
      }}
    />
  );
}

/** A few words for the partner about their small change; the server's message shows beside the field. */
export function EncourageForm({ changeId, ownerName }: { changeId: string; ownerName: string }) {
  const run = useRunInView();
  const form = useFormFields({ message: "" });
  const [sending, startSending] = useTransition();
  const send = (values: { message: string }) =>
    startSending(async () => {
      const result = await run(() => encourageSmallChange({ id: changeId, ...values }));
      if (!result.ok) return form.showRefusal(result);
      form.reset();
      toast.success(`Sent to ${ownerName}.`);
    });

  return (
    <form {...form.formProps(send)} className="grid gap-2">
      <Field
        label={`Encourage ${ownerName}`}
        error={form.errors.message ?? form.errors.form}
        count={{ value: form.values.message, limit: ENCOURAGEMENT_MAX }}
      >
        <Input {...form.text("message")} required placeholder="I see you trying. Thank you." autoComplete="off" />
      </Field>
      <Button type="submit" size="sm" variant="secondary" className="justify-self-start" disabled={sending}>
        Send encouragement
      </Button>
    </form>
  );
}
