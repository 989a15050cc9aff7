"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { useTRPC } from "@/lib/trpc";
import { messageOf } from "@/lib/trpc-errors";

/** Unlinking archives the space for both; it is said plainly before it happens. */
export function UnlinkCard({ partnerName }: { partnerName: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const unlink = useMutation(
    trpc.couple.unlink.mutationOptions({
      onSuccess: () => {
        router.push("/welcome");
        router.refresh();
      },
    }),
  );
  const who = partnerName ?? "your partner";

  return (
    <Card>
      <CardHeader>
        <CardTitle>Unlink</CardTitle>
        <CardDescription>
          You can leave at any time. Unlinking closes this space for both of you: everything in it is kept, read-only,
          and nothing either of you wrote is deleted. Each of you can then start a new space.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {!confirming ? (
          <Button variant="secondary" className="justify-self-start" onClick={() => setConfirming(true)}>
            Unlink from {who}…
          </Button>
        ) : (
          <div
            role="group"
            aria-label="Confirm unlinking"
            className="grid gap-3 rounded-lg border border-border bg-muted p-4"
          >
            <p className="text-sm">
              Close this space for you and {who}? {partnerName ? `${partnerName} will see that it was closed.` : ""}
            </p>
            <div className="flex flex-wrap gap-3">
              <Button variant="danger" onClick={() => unlink.mutate({ confirm: true })} disabled={unlink.isPending}>
                {unlink.isPending ? "Unlinking…" : "Yes, unlink"}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep our space
              </Button>
            </div>
            {unlink.error && (
              <p role="alert" className="text-sm text-danger">
                {messageOf(unlink.error)}
              </p>
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
