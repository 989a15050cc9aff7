"use client";

import { useState, useTransition } from "react";
import { Button } from "@/app/_components/ui/button";
import { messageOf } from "@/lib/error-words";
import { joinCouple } from "./actions";

export function JoinButton({ code, inviterName }: { code: string; inviterName: string }) {
  const [joining, startJoining] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const join = () =>
    startJoining(async () => {
      setError(null);
      // Joined, the action sends the person on to the dashboard itself; only a refusal comes back,
      // or a rejection when it never answered.
      const refusal = await joinCouple(code).catch((failure: unknown) => ({ error: messageOf(failure) }));
      setError(refusal.error);
    });

  return (
    <div className="grid gap-3">
      <Button size="lg" onClick={join} disabled={joining}>
        {joining ? "Joining…" : `Join ${inviterName}`}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
