"use client";

import { useTransition } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { signInWith, signOutTo } from "@/lib/sign-in";
import { messageOf } from "@/lib/error-words";
import { useFormFields } from "@/lib/use-form-fields";
import { PASSWORD_MIN } from "@/server/account/limits";
import { changePassword, signOutEverywhere } from "./actions";

type PasswordChange = { currentPassword: string; newPassword: string };

/** Password and sessions: changing the password ends every other session. */
export function SecurityCard({ email }: { email: string }) {
  const form = useFormFields<PasswordChange>({ currentPassword: "", newPassword: "" });
  const [changing, startChanging] = useTransition();
  const [leaving, startLeaving] = useTransition();

  const send = (values: PasswordChange) =>
    startChanging(async () => {
      const result = await changePassword(values);
      if (!result.ok) return form.showRefusal(result);
      // The old session ended with the change: sign this device in again with the new password.
      // Should that fail, the next page asks to sign in, and the new password works there.
      await signInWith("credentials", { email, password: values.newPassword }).catch(() => null);
      form.reset();
      toast.success("Password changed. Other devices have been signed out.");
    });

  const leaveEverywhere = () =>
    startLeaving(async () => {
      const result = await signOutEverywhere();
      if (!result.ok) return void toast.error(result.error);
      await signOutTo("/sign-in").catch((error: unknown) => toast.error(messageOf(error)));
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Password and devices</CardTitle>
        <CardDescription>Changing your password signs you out everywhere else.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <form {...form.formProps(send)} className="grid gap-4">
          <Field label="Current password" error={form.errors.currentPassword}>
            <Input type="password" autoComplete="current-password" required {...form.text("currentPassword")} />
          </Field>
          <Field label="New password" hint={`At least ${PASSWORD_MIN} characters.`} error={form.errors.newPassword}>
            <Input type="password" autoComplete="new-password" required {...form.text("newPassword")} />
          </Field>
          <FormError message={form.errors.form} />
          <Button type="submit" className="justify-self-start" disabled={changing}>
            {changing ? "Changing…" : "Change password"}
          </Button>
        </form>
        <div className="grid gap-2 border-t border-border pt-4">
          <p className="text-sm text-muted-foreground">Left Kintsugi open on a device you no longer have?</p>
          <Button variant="secondary" className="justify-self-start" onClick={leaveEverywhere} disabled={leaving}>
            Sign out on every device
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
