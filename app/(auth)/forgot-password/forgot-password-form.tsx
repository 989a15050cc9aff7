"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useFormFields } from "@/lib/use-form-fields";
import { FormEnd } from "../form-end";
import { requestPasswordReset } from "./actions";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  const form = useFormFields({ email: "" });

  const send = (values: { email: string }) =>
    startSending(async () => {
      try {
        const result = await requestPasswordReset(values);
        if (!result.ok) return form.showRefusal(result);
        setSentTo(values.email.trim());
      } catch (error) {
        // The action never answered: the words say to check the connection.
        form.showError(error);
      }
    });

  if (sentTo) {
    // The same words whether or not the address has an account (OWASP).
    return (
      <div role="status" className="grid gap-3">
        <p>
          If <span className="font-medium">{sentTo}</span> has an account, a link to choose a new password is on its
          way. It works for 30 minutes.
        </p>
        <Link className="text-sm font-medium underline underline-offset-4" href="/sign-in">
          Back to sign in
        </Link>
      </div>
    );
  }

  return (
    <form {...form.formProps(send)} className="grid gap-4">
      <Field label="Email" error={form.errors.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.text("email")} />
      </Field>
      <FormEnd
        error={form.errors.form}
        submitting={sending}
        submitLabel="Send me a link"
        busyLabel="Sending…"
        otherPrompt="Remembered it?"
        otherLabel="Sign in"
        otherHref="/sign-in"
      />
    </form>
  );
}
