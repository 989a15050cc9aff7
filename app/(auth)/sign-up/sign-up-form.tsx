"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useForm } from "react-hook-form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import type { SignUpInput } from "@/server/account/schema";
import { lazyResolver } from "@/lib/lazy-resolver";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";
import { FormEnd } from "../form-end";
import { safeNextPath } from "@/lib/safe-next-path";
import { CheckInbox } from "../check-inbox";

// zod and the schema load when the form is first touched, not with the page.
const validation = lazyResolver<SignUpInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/server/account/schema")]).then(
    ([{ zodResolver }, { signUpSchema }]) => zodResolver(signUpSchema),
  ),
);

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"), "/welcome");
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    resolver: validation.resolver,
    defaultValues: { name: "", email: "", password: "" },
  });
  const signUp = useMutation(trpc.account.signUp.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await signUp.mutateAsync({
        ...values,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        next,
      });
      // The same answer whether or not the address already has an account: the mail says which.
      if (result.status === "check-inbox") return setSentTo(values.email);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields)) form.setError(field as keyof SignUpInput, { message });
      if (Object.keys(fields).length === 0) setFormError(messageOf(error));
      return;
    }
    // next-auth's client (about 9 KB gzip) loads when the form is sent, not with the page.
    const { signIn } = await import("next-auth/react");
    const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (result?.error) {
      setFormError("Your account is ready, but we couldn't sign you in. Please sign in.");
      return;
    }
    router.replace(next);
    router.refresh();
  });

  const { errors, isSubmitting } = form.formState;
  if (sentTo) return <CheckInbox email={sentTo} />;
  return (
    <form onSubmit={onSubmit} onFocus={validation.preload} noValidate className="grid gap-4">
      <Field label="Your name" hint="What your partner calls you." error={errors.name?.message}>
        <Input autoComplete="given-name" {...form.register("name")} />
      </Field>
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
      </Field>
      <Field label="Password" hint="At least 10 characters." error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <FormEnd
        error={formError}
        submitting={isSubmitting}
        submitLabel="Create account"
        busyLabel="Creating your account…"
        otherPrompt="Already have an account?"
        otherLabel="Sign in"
        otherHref={`/sign-in?next=${encodeURIComponent(next)}`}
      />
    </form>
  );
}
