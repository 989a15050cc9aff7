"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { signInWith, signOutTo } from "@/lib/sign-in";
import { useTRPC } from "@/lib/trpc";
import { messageOf } from "@/lib/trpc-errors";
import { useFormFields } from "@/lib/use-form-fields";
import { PASSWORD_MIN } from "@/server/account/limits";

/** Password and sessions: changing the password ends every other session. */
export function SecurityCard({ email }: { email: string }) {
  const trpc = useTRPC();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: () => signOutTo("/sign-in"),
      onError: (error) => toast.error(messageOf(error)),
    }),
  );
  const form = useFormFields({ currentPassword: "", newPassword: "" });
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onError: form.showError }));

  async function send() {
    const values = form.values;
    try {
      await change.mutateAsync(values);
    } catch {
      return; // onError shows why, beside the field it concerns.
    }
    // The old session ended with the change: sign this device in again with the new password.
    // Should that fail, the next page asks to sign in, and the new password works there.
    await signInWith("credentials", { email, password: values.newPassword }).catch(() => null);
    form.reset();
    toast.success("Password changed. Other devices have been signed out.");
  }

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
          <Button type="submit" className="justify-self-start" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </Button>
        </form>
        <div className="grid gap-2 border-t border-border pt-4">
          <p className="text-sm text-muted-foreground">Left Kintsugi open on a device you no longer have?</p>
          <Button
            variant="secondary"
            className="justify-self-start"
            onClick={() => everywhere.mutate()}
            disabled={everywhere.isPending}
          >
            Sign out on every device
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
