import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";
import { mailEnabled } from "@/server/mail/config";
import { MAIL_IS_OFF_MESSAGE } from "@/server/mail/require";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <Card>
      <CardHeader>
        <h1 className="text-2xl font-semibold">Forgot your password?</h1>
        <CardDescription>We&apos;ll send a link to choose a new one.</CardDescription>
      </CardHeader>
      <CardContent>
        {mailEnabled() ? (
          <ForgotPasswordForm />
        ) : (
          <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
            {MAIL_IS_OFF_MESSAGE}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
