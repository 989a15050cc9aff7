"use client";

import { useState } from "react";
import { Download } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/server/account/limits";
import { signOutTo } from "@/lib/sign-in";
import { deleteAccount } from "./actions";

const WHAT_GOES =
  "your vents, disclosures, check-ins, forgiveness requests and answers, small changes and encouragements, the responsibilities you own, your reflections and reactions, the ideas, plans, memories and photos you added, and the milestones you wrote";

/** Your data is yours: take a copy of it, or delete your account and what you wrote. */
export function DataCard({ partnerName, inCouple }: { partnerName: string | null; inCouple: boolean }) {
  const [password, setPassword] = useState("");
  const [passwordError, setPasswordError] = useState<string | undefined>();

  async function deleteMyAccount() {
    setPasswordError(undefined);
    const result = await deleteAccount({ password, confirm: DELETE_ACCOUNT_CONFIRMATION });
    if (!result.ok) {
      setPasswordError(result.fieldErrors.password);
      // ConfirmDialog shows the sentence inside, with the choice to try again or step back.
      return result.error;
    }
    await signOutTo("/");
  }

  // Said exactly as it will happen, for the space this person is in now.
  const whatStays =
    inCouple && partnerName
      ? `${partnerName}'s words stay in their archive; your shared space is closed for both of you`
      : inCouple
        ? "the space you started, still waiting for your partner, is deleted too"
        : "words a former partner wrote stay in their archive";

  return (
    <Card>
      <CardHeader>
        <CardTitle>Your data</CardTitle>
        <CardDescription>
          Everything you wrote here is yours: keep a copy, or take it with you when you go.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid gap-2">
          <p className="text-sm text-muted-foreground">
            Everything you can see in your spaces, past ones included: as a page to read or print, or as data (JSON) for
            another app. Photos are listed, not included.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <a href="/api/account/export?format=html" download>
                <Download aria-hidden />A copy to read or print
              </a>
            </Button>
            <Button asChild variant="ghost">
              <a href="/api/account/export" download>
                <Download aria-hidden />
                Export my data (JSON)
              </a>
            </Button>
          </div>
        </div>

        <div className="grid gap-3 border-t border-border pt-4">
          <p className="text-sm text-muted-foreground">
            Deleting your account removes what you wrote.{" "}
            {inCouple ? `What ${partnerName ?? "your partner"} wrote stays with them.` : ""}
          </p>
          <Field label="Your password" hint="To be sure it's you." error={passwordError}>
            <Input
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setPasswordError(undefined);
              }}
            />
          </Field>
          <ConfirmDialog
            trigger={
              <Button variant="outline" className="justify-self-start" disabled={password.length === 0}>
                Delete my account…
              </Button>
            }
            title="Delete your account?"
            description={
              <>
                Your account and everything you wrote are deleted: {WHAT_GOES}; {whatStays}; this can&apos;t be undone.
                Export first if you want a copy.
              </>
            }
            confirmLabel="Delete my account"
            cancelLabel="Keep my account"
            destructive
            onConfirm={deleteMyAccount}
          />
        </div>
      </CardContent>
    </Card>
  );
}
