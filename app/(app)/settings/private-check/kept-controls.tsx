"use client";

import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useRef,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { forgetAllChecks, forgetCheck } from "./actions";

type KeptAnswer = ActionResult<unknown> & { view?: ReactNode };

/** Runs an action that answers with the kept answers rendered again; resolves to whether it went through. */
export type RunInKept = (action: () => Promise<KeptAnswer>) => Promise<boolean>;

const RunContext = createContext<RunInKept | null>(null);

/**
 * The kept answers as the server rendered them, and the runner that shows them again as each
 * action answers. Not a live view: nobody else changes this list, and nothing about it may
 * reach anyone else. A refusal, or a lost connection, is told in a toast.
 */
export function useKeptView(initial: ReactNode) {
  const [shown, setShown] = useState({ initial, view: initial });
  // The page rendered again around it (router.refresh): that rendering is the newer.
  if (shown.initial !== initial) setShown({ initial, view: initial });
  const tickets = useRef({ issued: 0, shown: 0 });

  const run = useCallback<RunInKept>(async (action) => {
    const ticket = ++tickets.current.issued;
    try {
      const result = await action();
      // An answer that arrives after a later one's would show a list older than what is stored.
      if (result.view !== undefined && ticket > tickets.current.shown) {
        tickets.current.shown = ticket;
        startTransition(() => setShown((current) => ({ ...current, view: result.view })));
      }
      if (!result.ok) toast.error(result.error);
      return result.ok;
    } catch (error) {
      toast.error(error);
      return false;
    }
  }, []);

  return { view: shown.view, run };
}

/** Gives the controls of the kept answers, rendered on the server, their runner. */
export function KeptViewRunner({ run, children }: { run: RunInKept; children: ReactNode }) {
  return <RunContext value={run}>{children}</RunContext>;
}

export function useRunInKeptView(): RunInKept {
  const run = useContext(RunContext);
  if (!run) throw new Error("useRunInKeptView needs a KeptViewRunner around it.");
  return run;
}

export function ForgetCheck({ id }: { id: string }) {
  const run = useRunInKeptView();
  const [forgetting, startForgetting] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() => startForgetting(async () => void (await run(() => forgetCheck(id))))}
      disabled={forgetting}
    >
      Delete
    </Button>
  );
}

export function ForgetAllChecks() {
  const run = useRunInKeptView();
  const [forgetting, startForgetting] = useTransition();
  return (
    <Button
      variant="outline"
      className="justify-self-start"
      onClick={() => startForgetting(async () => void (await run(forgetAllChecks)))}
      disabled={forgetting}
    >
      Delete all kept answers
    </Button>
  );
}
