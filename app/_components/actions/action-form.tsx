"use client";

import { useActionState, type ComponentProps, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useRunInView } from "@/app/_components/live/live-view";
import { toast } from "@/app/_components/ui/toast";
import type { ActionResult } from "./action-result";

/** What a live view's action answers: the view rendered after it, and a sentence to show when there is one. */
export type ViewAnswer = ActionResult<unknown> & { view: ReactNode; notice?: string };

/**
 * A server action behind buttons the server rendered: the form runs it in the enclosing live
 * view (which shows the view it answers with), keeps its buttons disabled while it runs, and
 * says what happened: the refusal's words, or the action's own notice. The browser gets this
 * and nothing of the buttons but their markup.
 */
export function ActionForm({
  action,
  onDone,
  children,
  ...form
}: Omit<ComponentProps<"form">, "action"> & {
  action: () => Promise<ViewAnswer>;
  onDone?: () => void;
  children: ReactNode;
}) {
  const run = useRunInView();
  const [, submit, pending] = useActionState(async () => {
    const result = await run(action);
    if (!result.ok) toast.error(result.error);
    else {
      if (result.notice) toast.success(result.notice);
      onDone?.();
    }
    return null;
  }, null);
  return (
    <form action={submit} {...form}>
      {/* Disables every button inside while the action runs; no group of its own for screen readers. */}
      <fieldset disabled={pending} role="none" className="contents">
        {children}
      </fieldset>
    </form>
  );
}

/** A submit button's label while its form's action runs ("Changing…"). */
export function PendingLabel({ idle, pending }: { idle: string; pending: string }) {
  return useFormStatus().pending ? pending : idle;
}
