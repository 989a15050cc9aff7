"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
import { weekdayDate } from "@/lib/date-words";
import { useTRPC } from "@/lib/trpc";
import { InviteShare } from "./invite-share";

/** Before the partner joins: the invite's state, and a fresh link when it's needed. */
export function WaitingForPartner({ openInviteExpiresAt }: { openInviteExpiresAt: Date | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [fresh, setFresh] = useState<{ code: string; expiresAt: Date } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.queryKey() });
  const replace = useMutation(
    trpc.couple.replaceInvite.mutationOptions({
      onSuccess: (invite) => {
        setFresh(invite);
        void refresh();
      },
      onError: (error) => {
        toast.error(error);
        // "Your partner has already joined": show the dashboard of two, not this card.
        if (error.data?.code === "CONFLICT") void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.couple.revokeInvite.mutationOptions({
      onSuccess: () => {
        setFresh(null);
        toast.success("The invite link no longer works.");
        void refresh();
      },
      onError: (error) => toast.error(error),
    }),
  );

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
          <Button
            variant={fresh ? "secondary" : "primary"}
            onClick={() => replace.mutate()}
            disabled={replace.isPending}
          >
            {replace.isPending
              ? "Making a link…"
              : fresh || openInviteExpiresAt
                ? "Make a new link"
                : "Make an invite link"}
          </Button>
          {(fresh || openInviteExpiresAt) && (
            <Button variant="ghost" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
              Cancel the link
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
