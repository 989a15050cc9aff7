"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useForm } from "react-hook-form";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import type { SignInInput } from "@/server/account/schema";
import { lazyResolver } from "@/lib/lazy-resolver";
import { FormEnd } from "../form-end";
import { safeNextPath } from "@/lib/safe-next-path";

// next-auth reports a plain rejected sign-in as "CredentialsSignin"; anything else is
// a message thrown on purpose (too many attempts).
function sentenceFor(error: string) {
  return error === "CredentialsSignin"
    ? "That email and password don't match an account. Check them and try again."
    : error;
}

// zod and the schema load when the form is first touched, not with the page.
const validation = lazyResolver<SignInInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/server/account/schema")]).then(
    ([{ zodResolver }, { signInSchema }]) => zodResolver(signInSchema),
  ),
);

export function SignInForm() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: validation.resolver, defaultValues: { email: "", password: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    // next-auth's client (about 9 KB gzip) loads when the form is sent, not with the page.
    const result = await import("next-auth/react").then(
      ({ signIn }) => signIn("credentials", { ...values, redirect: false }),
      () => undefined,
    );
    if (!result || result.error) {
      setFormError(result?.error ? sentenceFor(result.error) : "We couldn't reach Kintsugi. Please try again.");
      return;
    }
    router.replace(next);
    router.refresh();
  });

  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} onFocus={validation.preload} noValidate className="grid gap-4">
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...form.register("email")} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      <Link
        href="/forgot-password"
        className="-mt-2 justify-self-end text-sm text-muted-foreground underline underline-offset-4"
      >
        Forgot your password?
      </Link>
      <FormEnd
        error={formError}
        submitting={isSubmitting}
        submitLabel="Sign in"
        busyLabel="Signing in…"
        otherPrompt="New here?"
        otherLabel="Create an account"
        otherHref={`/sign-up?next=${encodeURIComponent(next)}`}
      />
    </form>
  );
}
