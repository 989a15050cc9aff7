"use client";

import { useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { runInView, useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { forgetAllChecks, forgetCheck } from "./actions";

type KeptAnswer = ActionResult<unknown> & { view?: ReactNode };

/**
 * Runs an action that answers with the kept answers rendered again, in their view; whether it
 * went through. A refusal, or a lost connection, is told in a toast.
 */
export async function runInKept(
  run: (action: () => Promise<KeptAnswer>) => Promise<KeptAnswer>,
  action: () => Promise<KeptAnswer>,
): Promise<boolean> {
  try {
    const result = await run(action);
    if (!result.ok) toast.error(result.error);
    return result.ok;
  } catch (error) {
    toast.error(error);
    return false;
  }
}

/** For the page around the kept answers (keeping new ones): runs in their view, if it is there. */
export const runInKeptView = (action: () => Promise<KeptAnswer>) =>
  runInKept((next) => runInView("keptChecks", next), action);

export function ForgetCheck({ id }: { id: string }) {
  const run = useRunInView();
  const [forgetting, startForgetting] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() => startForgetting(async () => void (await runInKept(run, () => forgetCheck(id))))}
      disabled={forgetting}
    >
      Delete
    </Button>
  );
}

export function ForgetAllChecks() {
  const run = useRunInView();
  const [forgetting, startForgetting] = useTransition();
  return (
    <Button
      variant="outline"
      className="justify-self-start"
      onClick={() => startForgetting(async () => void (await runInKept(run, forgetAllChecks)))}
      disabled={forgetting}
    >
      Delete all kept answers
    </Button>
  );
}
