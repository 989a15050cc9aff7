"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { changeEmailSchema, type ChangeEmailInput } from "@/server/account/schema";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";

/** The sign-in address: a new one counts once it is confirmed from its own inbox. */
export function EmailCard({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const change = useMutation(trpc.account.changeEmail.mutationOptions());
  const [pending, setPending] = useState<string | null>(null);
  const form = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { newEmail: "", password: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await change.mutateAsync(values);
      form.reset();
      if (result.status === "changed") {
        toast.success("Your email address is changed.");
        router.refresh();
      } else setPending(values.newEmail);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields))
        form.setError(field as keyof ChangeEmailInput, { message });
      if (!Object.keys(fields).length) toast.error(messageOf(error));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Email address</CardTitle>
        <CardDescription>You sign in with {email}.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {pending && (
          <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
            Check the inbox of {pending} and open the link there to confirm it. Until then you keep signing in with{" "}
            {email}.
          </p>
        )}
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label="New email address" error={form.formState.errors.newEmail?.message}>
            <Input type="email" autoComplete="email" inputMode="email" {...form.register("newEmail")} />
          </Field>
          <Field label="Password, to be sure it's you" error={form.formState.errors.password?.message}>
            <Input type="password" autoComplete="current-password" {...form.register("password")} />
          </Field>
          <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Sending…" : "Change email address"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
