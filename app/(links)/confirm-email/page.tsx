import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";
import { getDb } from "@/db/client";
import { findUsableEmailToken } from "@/server/account/email-tokens";
import { ExpiredLink } from "../expired-link";
import { ConfirmButton } from "./confirm-button";

export const metadata: Metadata = { title: "Confirm your address" };
export const dynamic = "force-dynamic";

/*
 * Opening the link only shows a button: mail scanners fetch links, and a single-use
 * token must be spent by the person, not by a scanner's GET.
 */
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const row =
    typeof token === "string"
      ? await findUsableEmailToken(getDb(), ["sign_up", "change_email"], token, new Date())
      : null;
  if (!row || typeof token !== "string") return <ExpiredLink again={{ href: "/sign-up", label: "Start again" }} />;
  const signingUp = row.purpose === "sign_up";
  return (
    <Card>
      <CardHeader>
        <h1 className="text-2xl font-semibold">
          {signingUp ? "Finish creating your account" : "Confirm your new address"}
        </h1>
        <CardDescription>
          {signingUp ? "One step left: confirm " : "From now on you'll sign in with "}
          <span className="font-medium text-foreground">{row.email}</span>.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ConfirmButton
          token={token}
          next={row.pendingSignUp?.next ?? "/settings"}
          label={signingUp ? "Confirm and continue" : "Confirm my new address"}
        />
      </CardContent>
    </Card>
  );
}
