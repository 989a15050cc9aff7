"use client";

import { signIn, signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { changePasswordSchema, type ChangePasswordInput } from "@/server/account/schema";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";

/** Password and sessions: changing the password ends every other session. */
export function SecurityCard({ email }: { email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: () => signOut({ callbackUrl: "/sign-in" }),
      onError: (error) => toast.error(messageOf(error)),
    }),
  );
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await change.mutateAsync(values);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields))
        form.setError(field as keyof ChangePasswordInput, { message });
      if (!Object.keys(fields).length) toast.error(messageOf(error));
      return;
    }
    // The old session ended with the change: sign this device in again with the new password.
    await signIn("credentials", { email, password: values.newPassword, redirect: false });
    form.reset();
    toast.success("Password changed. Other devices have been signed out.");
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Password and devices</CardTitle>
        <CardDescription>Changing your password signs you out everywhere else.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label="Current password" error={form.formState.errors.currentPassword?.message}>
            <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
          </Field>
          <Field label="New password" hint="At least 10 characters." error={form.formState.errors.newPassword?.message}>
            <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
          </Field>
          <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Changing…" : "Change password"}
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
