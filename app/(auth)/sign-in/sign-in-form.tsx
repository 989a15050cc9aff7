"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { signInWith } from "@/lib/sign-in";
import { useFormFields } from "@/lib/use-form-fields";
import { FormEnd } from "../form-end";
import { safeNextPath } from "@/lib/safe-next-path";

// next-auth reports a plain rejected sign-in as "CredentialsSignin"; anything else is
// a message thrown on purpose (too many attempts).
function sentenceFor(error: string) {
  return error === "CredentialsSignin"
    ? "That email and password don't match an account. Check them and try again."
    : error;
}

/*
 * The one form that checks its fields in the browser: next-auth's endpoint answers a refusal
 * with "CredentialsSignin" alone, never a message per field, and every attempt counts against
 * the sign-in limit. The check is the server's own schema, loaded when the form is first
 * touched rather than with the page; if it can't load, the form is sent and the server decides.
 */
const loadSchema = () => import("@/server/account/schema").then((schemas) => schemas.signInSchema);

async function problemsWith(values: { email: string; password: string }) {
  const schema = await loadSchema().catch(() => null);
  const problems: Record<string, string> = {};
  for (const issue of schema?.safeParse(values).error?.issues ?? []) problems[String(issue.path[0])] ??= issue.message;
  return problems;
}

export function SignInForm() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"));
  const form = useFormFields({ email: "", password: "" });
  const [submitting, setSubmitting] = useState(false);

  async function send() {
    const problems = await problemsWith(form.values);
    if (Object.keys(problems).length > 0) return form.showMessages(problems);
    setSubmitting(true);
    const error = await signInWith("credentials", form.values).catch(
      () => "We couldn't reach Kintsugi. Please try again.",
    );
    if (error) {
      setSubmitting(false);
      return form.showMessages({ form: sentenceFor(error) });
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form {...form.formProps(send)} onFocus={() => void loadSchema()} className="grid gap-4">
      <Field label="Email" error={form.errors.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.text("email")} />
      </Field>
      <Field label="Password" error={form.errors.password}>
        <Input type="password" autoComplete="current-password" required {...form.text("password")} />
      </Field>
      <Link
        href="/forgot-password"
        className="-mt-2 justify-self-end text-sm text-muted-foreground underline underline-offset-4"
      >
        Forgot your password?
      </Link>
      <FormEnd
        error={form.errors.form}
        submitting={submitting}
        submitLabel="Sign in"
        busyLabel="Signing in…"
        otherPrompt="New here?"
        otherLabel="Create an account"
        otherHref={`/sign-up?next=${encodeURIComponent(next)}`}
      />
    </form>
  );
}
