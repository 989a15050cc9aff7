"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { forgotPasswordSchema } from "@/server/account/schema";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";
import { FormEnd } from "../form-end";

type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.forgotPassword.mutationOptions());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.email) form.setError("email", { message: fields.email });
      else setFormError(messageOf(error));
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
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Email" error={form.formState.errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
      </Field>
      <FormEnd
        error={formError}
        submitting={form.formState.isSubmitting}
        submitLabel="Send me a link"
        busyLabel="Sending…"
        otherPrompt="Remembered it?"
        otherLabel="Sign in"
        otherHref="/sign-in"
      />
    </form>
  );
}
