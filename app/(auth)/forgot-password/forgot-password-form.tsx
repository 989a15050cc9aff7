"use client";

import Link from "next/link";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useFormAction, useFormFields } from "@/lib/use-form-fields";
import { FormEnd } from "../form-end";
import { requestPasswordReset } from "./actions";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormFields({ email: "" });
  const { send, pending: sending } = useFormAction(form, requestPasswordReset, (_, values) =>
    setSentTo(values.email.trim()),
  );

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
