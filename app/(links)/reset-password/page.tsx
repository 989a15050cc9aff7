import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";
import { getDb } from "@/db/client";
import { findUsableEmailToken } from "@/server/account/email-tokens";
import { ExpiredLink } from "../expired-link";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const row =
    typeof token === "string" ? await findUsableEmailToken(getDb(), ["reset_password"], token, new Date()) : null;
  if (!row || typeof token !== "string")
    return <ExpiredLink again={{ href: "/forgot-password", label: "Ask for a new link" }} />;
  return (
    <Card>
      <CardHeader>
        <h1 className="text-2xl font-semibold">Choose a new password</h1>
        <CardDescription>
          For <span className="font-medium text-foreground">{row.email}</span>. Every device signed in now will be
          signed out.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ResetPasswordForm token={token} />
      </CardContent>
    </Card>
  );
}
