"use client";

import Link from "next/link";
import { useState } from "react";
import { FormSubmit } from "@/app/_components/form-submit";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useFormAction, useFormFields } from "@/lib/use-form-fields";
import { PASSWORD_MIN } from "@/server/account/limits";
import { useTokenLeavesAddressBar } from "../use-token-from-address";
import { resetPassword } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  // A problem with the link itself ("token") belongs to no field: it shows as the form's own.
  const form = useFormFields({ password: "" });
  useTokenLeavesAddressBar();

  const { send, pending: saving } = useFormAction(
    form,
    ({ password }) => resetPassword({ token, password }),
    () => setDone(true),
  );

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
    <form {...form.formProps(send)} className="grid gap-4">
      <Field label="New password" hint={`At least ${PASSWORD_MIN} characters.`} error={form.errors.password}>
        <Input type="password" autoComplete="new-password" required {...form.text("password")} />
      </Field>
      <FormSubmit error={form.errors.form} submitting={saving} submitLabel="Set my new password" busyLabel="Saving…" />
    </form>
  );
}
