"use client";

import dynamic from "next/dynamic";
import { useOptimistic, useState, useTransition, type ReactNode } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import type { ReadinessStateName } from "@/server/readiness/states";
import { setReadiness } from "./actions";

// Few write a note, so its form arrives when wanted: asked for as the pointer or focus reaches its button.
const loadNoteForm = () => import("./readiness-note-form");
const NoteForm = dynamic(() => loadNoteForm().then((module) => module.NoteForm));

export type ReadinessChoice = {
  state: ReadinessStateName;
  label: string;
  icon: ReactNode;
  chosenClassName: string;
};

type Mine = { state: ReadinessStateName; note: string | null; setAt: Date; setAgo: string };

/** How I feel about talking: one tap changes it (shown at once), and an optional note for my partner. */
export function MyReadiness({
  readiness,
  choices,
  noteButtonClassName,
}: {
  readiness: Mine | null;
  choices: ReadinessChoice[];
  /** The link-like button's looks, from the server: the browser needn't carry the button component. */
  noteButtonClassName: string;
}) {
  const run = useRunInView();
  const [saving, startSaving] = useTransition();
  // While a tap is on its way, show the choice already made.
  const [current, showCurrent] = useOptimistic(readiness?.state);
  const [editingNote, setEditingNote] = useState(false);

  function choose(state: ReadinessStateName) {
    if (saving || current === state) return;
    startSaving(async () => {
      showCurrent(state);
      const result = await run(() => setReadiness({ state }));
      if (!result.ok) toast.error(result.error);
    });
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="text-sm font-medium" id="my-readiness-label">
          How do you feel about talking?
        </h3>
        {readiness && !saving && (
          <p className="text-xs text-muted-foreground">
            Set <time dateTime={readiness.setAt.toISOString()}>{readiness.setAgo}</time>
          </p>
        )}
      </div>
      <div role="group" aria-labelledby="my-readiness-label" className="grid gap-2 sm:grid-cols-3">
        {choices.map((choice) => {
          const chosen = current === choice.state;
          return (
            <button
              key={choice.state}
              type="button"
              aria-pressed={chosen}
              data-testid={`my-readiness-${choice.state}`}
              // aria-disabled, not disabled: a disabled button would drop keyboard focus mid-tap.
              aria-disabled={saving}
              onClick={() => choose(choice.state)}
              className={cn(
                "flex h-11 items-center justify-center gap-2 rounded-md border px-3 text-sm font-medium transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring aria-disabled:cursor-wait",
                chosen ? choice.chosenClassName : "border-input bg-card hover:bg-muted",
              )}
            >
              {choice.icon}
              {choice.label}
            </button>
          );
        })}
      </div>
      {readiness?.note && !editingNote && (
        <p className="text-sm text-muted-foreground">Your note: “{readiness.note}”</p>
      )}
      {current &&
        (editingNote ? (
          <NoteForm state={current} initialNote={readiness?.note ?? ""} onClose={() => setEditingNote(false)} />
        ) : (
          <div>
            <button
              type="button"
              className={noteButtonClassName}
              onPointerEnter={loadNoteForm}
              onFocus={loadNoteForm}
              onClick={() => setEditingNote(true)}
            >
              {readiness?.note ? "Change your note" : "Add a short note"}
            </button>
          </div>
        ))}
    </div>
  );
}
