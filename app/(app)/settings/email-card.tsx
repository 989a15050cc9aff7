"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { changeEmail } from "./actions";

type EmailChange = { newEmail: string; password: string };

/** The sign-in address: a new one counts once it is confirmed from its own inbox. */
export function EmailCard({ email }: { email: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const form = useFormFields<EmailChange>({ newEmail: "", password: "" });
  const [sending, startSending] = useTransition();
  const send = (values: EmailChange) =>
    startSending(async () => {
      const result = await changeEmail(values);
      if (!result.ok) return form.showRefusal(result);
      form.reset();
      if (result.value === "changed") {
        toast.success("Your email address is changed.");
        // The page says which address signs in, in more than one place: it renders again.
        router.refresh();
      } else setPending(values.newEmail.trim());
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
        <form {...form.formProps(send)} className="grid gap-4">
          <Field label="New email address" error={form.errors.newEmail}>
            <Input type="email" autoComplete="email" inputMode="email" required {...form.text("newEmail")} />
          </Field>
          <Field label="Password, to be sure it's you" error={form.errors.password}>
            <Input type="password" autoComplete="current-password" required {...form.text("password")} />
          </Field>
          <FormError message={form.errors.form} />
          <Button type="submit" className="justify-self-start" disabled={sending}>
            {sending ? "Sending…" : "Change email address"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
