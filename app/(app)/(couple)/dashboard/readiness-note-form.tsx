"use client";

import { startTransition, useActionState, useState } from "react";
import type { ActionRefusal } from "@/app/_components/actions/action-result";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { CharacterCount } from "@/app/_components/ui/character-count";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { READINESS_NOTE_MAX, type ReadinessStateName } from "@/server/readiness/states";
import { setReadiness } from "./actions";

/** The note, shared with the current choice; a message about the note shows beside it. Fresh each time it opens. */
export function NoteForm({
  state,
  initialNote,
  onClose,
}: {
  state: ReadinessStateName;
  initialNote: string;
  onClose: () => void;
}) {
  const run = useRunInView();
  const [note, setNote] = useState(initialNote);
  const [refusal, share, sharing] = useActionState(async (_previous: ActionRefusal | null) => {
    const result = await run(() => setReadiness({ state, note }));
    if (result.ok) {
      startTransition(onClose);
      return null;
    }
    if (!result.fieldErrors.note) toast.error(result.error);
    return result;
  }, null);
  const noteError = refusal?.fieldErrors.note;

  return (
    <form action={share} className="grid gap-2" noValidate>
      <label htmlFor="readiness-note" className="text-sm font-medium">
        A short note for your partner <span className="font-normal text-muted-foreground">(optional)</span>
      </label>
      <div className="flex gap-2">
        <Input
          id="readiness-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder="e.g. Can we talk after dinner?"
          aria-invalid={noteError || note.length > READINESS_NOTE_MAX ? true : undefined}
          aria-describedby={noteError ? "readiness-note-count readiness-note-error" : "readiness-note-count"}
          autoFocus
        />
        <Button type="submit" disabled={sharing}>
          Share
        </Button>
      </div>
      <CharacterCount id="readiness-note-count" length={note.length} limit={READINESS_NOTE_MAX} />
      {noteError && (
        <p id="readiness-note-error" role="alert" className="text-sm font-medium text-danger">
          {noteError}
        </p>
      )}
      <div>
        <Button type="button" variant="ghost" size="sm" onClick={onClose}>
          Never mind
        </Button>
      </div>
    </form>
  );
}
