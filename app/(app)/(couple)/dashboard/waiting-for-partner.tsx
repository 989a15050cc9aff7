"use client";

import { useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
import { weekdayDate } from "@/lib/date-words";
import { replaceInvite, revokeInvite } from "./actions";
import { InviteShare } from "./invite-share";

/**
 * Before the partner joins: the invite's state, and a fresh link when it's needed. Each act
 * answers with the dashboard as it now is: after "your partner has already joined", the
 * dashboard of two instead of this card.
 */
export function WaitingForPartner({ openInviteExpiresAt }: { openInviteExpiresAt: Date | null }) {
  const run = useRunInView();
  const [fresh, setFresh] = useState<{ code: string; expiresAt: Date } | null>(null);
  const [replacing, startReplacing] = useTransition();
  const [revoking, startRevoking] = useTransition();

  const replace = () =>
    startReplacing(async () => {
      const result = await run(replaceInvite);
      if (result.ok) setFresh(result.value);
      else toast.error(result.error);
    });
  const revoke = () =>
    startRevoking(async () => {
      const result = await run(revokeInvite);
      if (!result.ok) toast.error(result.error);
      else {
        setFresh(null);
        if (result.notice) toast.success(result.notice);
      }
    });

  return (
    <Card tone="gold">
      <CardHeader>
        <CardTitle>Invite your partner</CardTitle>
        <CardDescription>
          {fresh
            ? "Here is your new link. Send it to your partner: it works once and lasts 7 days."
            : openInviteExpiresAt
              ? `Your invite link is open until ${weekdayDate(openInviteExpiresAt)}. For your privacy we don't keep the link itself: if you've lost it, make a new one.`
              : "There's no open invite. Make a link to send to your partner."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {fresh && <InviteShare invite={fresh} />}
        <div className="flex flex-wrap gap-3">
          <Button variant={fresh ? "secondary" : "primary"} onClick={replace} disabled={replacing}>
            {replacing ? "Making a link…" : fresh || openInviteExpiresAt ? "Make a new link" : "Make an invite link"}
          </Button>
          {(fresh || openInviteExpiresAt) && (
            <Button variant="ghost" onClick={revoke} disabled={revoking}>
              Cancel the link
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
