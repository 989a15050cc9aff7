"use client";

import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { FormSubmit } from "@/app/_components/form-submit";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { passwordField } from "@/server/account/schema";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";
import { useTokenLeavesAddressBar } from "../use-token-from-address";

const newPasswordSchema = z.object({ password: passwordField });

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ password: string }>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { password: "" },
  });
  useTokenLeavesAddressBar();

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
      setDone(true);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.password) form.setError("password", { message: fields.password });
      else setFormError(fields.token ?? messageOf(error));
    }
  });

  if (done) {
    // No automatic sign-in: the person signs in with the new password themselves.
    return (
      <div role="status" className="grid gap-3">
        <p>Your password is changed, and every device has been signed out.</p>
        <Link className="font-medium underline underline-offset-4" href="/sign-in">
          Sign in with your new password
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="New password" hint="At least 10 characters." error={form.formState.errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <FormSubmit
        error={formError}
        submitting={form.formState.isSubmitting}
        submitLabel="Set my new password"
        busyLabel="Saving…"
      />
    </form>
  );
}
