"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { signInWith } from "@/lib/sign-in";
import { useFormFields } from "@/lib/use-form-fields";
import { PASSWORD_MIN } from "@/server/account/limits";
import { FormEnd } from "../form-end";
import { safeNextPath } from "@/lib/safe-next-path";
import { CheckInbox } from "../check-inbox";
import { signUp } from "./actions";

export function SignUpForm() {
  const router = useRouter();
  const next = safeNextPath(useSearchParams().get("next"), "/welcome");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useFormFields({ name: "", email: "", password: "" });

  async function send() {
    const values = form.values;
    setSubmitting(true);
    try {
      const result = await signUp({ ...values, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, next });
      if (!result.ok) {
        setSubmitting(false);
        return form.showRefusal(result);
      }
      // The same answer whether or not the address already has an account: the mail says which.
      if (result.value === "check-inbox") return setSentTo(values.email.trim());
    } catch (error) {
      // The action never answered: the words say to check the connection.
      setSubmitting(false);
      return form.showError(error);
    }
    const signedIn = await signInWith("credentials", { email: values.email, password: values.password }).then(
      (error) => error === null,
      () => false,
    );
    if (!signedIn) {
      setSubmitting(false);
      return form.showMessages({ form: "Your account is ready, but we couldn't sign you in. Please sign in." });
    }
    router.replace(next);
    router.refresh();
  }

  if (sentTo) return <CheckInbox email={sentTo} />;
  return (
    <form {...form.formProps(send)} className="grid gap-4">
      <Field label="Your name" hint="What your partner calls you." error={form.errors.name}>
        <Input autoComplete="given-name" required {...form.text("name")} />
      </Field>
      <Field label="Email" error={form.errors.email}>
        <Input type="email" autoComplete="email" inputMode="email" required {...form.text("email")} />
      </Field>
      <Field label="Password" hint={`At least ${PASSWORD_MIN} characters.`} error={form.errors.password}>
        <Input type="password" autoComplete="new-password" required {...form.text("password")} />
      </Field>
      <FormEnd
        error={form.errors.form}
        submitting={submitting}
        submitLabel="Create account"
        busyLabel="Creating your account…"
        otherPrompt="Already have an account?"
        otherLabel="Sign in"
        otherHref={`/sign-in?next=${encodeURIComponent(next)}`}
      />
    </form>
  );
}
