"use client";

import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { FormSubmit } from "@/app/_components/form-submit";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { PASSWORD_MIN } from "@/server/account/limits";
import { useTokenLeavesAddressBar } from "../use-token-from-address";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [done, setDone] = useState(false);
  // A problem with the link itself ("token") belongs to no field: it shows as the form's own.
  const form = useFormFields({ password: "" });
  const reset = useMutation(
    trpc.account.resetPassword.mutationOptions({ onSuccess: () => setDone(true), onError: form.showError }),
  );
  useTokenLeavesAddressBar();

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
    <form {...form.formProps((values) => reset.mutate({ token, password: values.password }))} className="grid gap-4">
      <Field label="New password" hint={`At least ${PASSWORD_MIN} characters.`} error={form.errors.password}>
        <Input type="password" autoComplete="new-password" required {...form.text("password")} />
      </Field>
      <FormSubmit
        error={form.errors.form}
        submitting={reset.isPending}
        submitLabel="Set my new password"
        busyLabel="Saving…"
      />
    </form>
  );
}
