"use client";

import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { FormEnd } from "../form-end";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormFields({ email: "" });
  const request = useMutation(
    trpc.account.forgotPassword.mutationOptions({
      onSuccess: (_result, { email }) => setSentTo(email.trim()),
      onError: form.showError,
    }),
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
    <form {...form.formProps(request.mutate)} className="grid gap-4">
      <Field label="Email" error={form.errors.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.text("email")} />
      </Field>
      <FormEnd
        error={form.errors.form}
        submitting={request.isPending}
        submitLabel="Send me a link"
        busyLabel="Sending…"
        otherPrompt="Remembered it?"
        otherLabel="Sign in"
        otherHref="/sign-in"
      />
    </form>
  );
}
