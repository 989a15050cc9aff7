"use client";

import { useState, useTransition } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { unlinkSpace } from "./actions";

/** Unlinking archives the space for both; it is said plainly before it happens. */
export function UnlinkCard({ partnerName }: { partnerName: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unlinking, startUnlinking] = useTransition();
  // Once unlinked, the action sends the person on to /welcome itself; only a refusal comes back.
  const unlink = () =>
    startUnlinking(async () => {
      setError(null);
      setError((await unlinkSpace()).error);
    });
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
              <Button variant="danger" onClick={unlink} disabled={unlinking}>
                {unlinking ? "Unlinking…" : "Yes, unlink"}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep our space
              </Button>
            </div>
            {error && (
              <p role="alert" className="text-sm text-danger">
                {error}
              </p>
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
