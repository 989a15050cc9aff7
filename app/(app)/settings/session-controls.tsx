"use client";

import { useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { endOtherSessions, endSession } from "./actions";

/** Signs one other device out; the list comes back without it. */
export function EndSession({ id, name }: { id: string; name: string }) {
  const run = useRunInView();
  const [ending, startEnding] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-label={`Sign out ${name}`}
      disabled={ending}
      onClick={() =>
        startEnding(async () => {
          const result = await run(() => endSession(id));
          if (result.ok) toast.success("Signed out on that device.");
          else toast.error(result.error);
        })
      }
    >
      Sign out
    </Button>
  );
}

export function EndOtherSessions() {
  const run = useRunInView();
  const [ending, startEnding] = useTransition();
  return (
    <Button
      variant="secondary"
      className="justify-self-start"
      disabled={ending}
      onClick={() =>
        startEnding(async () => {
          const result = await run(endOtherSessions);
          if (result.ok) toast.success("Signed out everywhere else.");
          else toast.error(result.error);
        })
      }
    >
      Sign out everywhere else
    </Button>
  );
}
