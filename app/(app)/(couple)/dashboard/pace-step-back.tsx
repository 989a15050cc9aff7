"use client";

import { useState, type ReactNode } from "react";
import { ActionForm, type ViewAnswer } from "@/app/_components/actions/action-form";

/**
 * Slowing the pace takes one, and asks first: the button opens the question, whose answer
 * runs the step back. The server renders the words and the confirming button; the looks of
 * the two buttons kept here come from it too.
 */
export function StepBack({
  action,
  label,
  question,
  confirm,
  buttonClassNames,
}: {
  action: () => Promise<ViewAnswer>;
  label: string;
  question: string;
  confirm: ReactNode;
  buttonClassNames: { open: string; cancel: string };
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className={buttonClassNames.open}
        onClick={() => setConfirming(true)}
        data-testid="pace-step-back"
      >
        {label}
      </button>
    );
  }
  // Its own line under the row of buttons, as far below them as the panel's parts are apart.
  return (
    <div
      className="grid basis-full not-first:mt-2 gap-3 rounded-lg border border-border px-4 py-3"
      role="group"
      aria-labelledby="pace-step-back-question"
    >
      <p id="pace-step-back-question" className="text-sm">
        {question}
      </p>
      <ActionForm action={action} onDone={() => setConfirming(false)} className="flex flex-wrap gap-2">
        {confirm}
        <button type="button" className={buttonClassNames.cancel} onClick={() => setConfirming(false)}>
          Not now
        </button>
      </ActionForm>
    </div>
  );
}
