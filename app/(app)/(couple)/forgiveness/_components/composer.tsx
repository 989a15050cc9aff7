"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Send, Trash2 } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { FormError } from "@/app/_components/ui/form";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { useFormFields } from "@/lib/use-form-fields";
import { PART_MAX, type requestKinds } from "@/server/forgiveness/limits";
import { discardDraft as discardSavedDraft, saveDraft, sendRequest } from "../actions";
import { ApologyField } from "./apology-field";

type Kind = (typeof requestKinds)[number];
export type ComposerValues = {
  id: string;
  kind: Kind;
  whatIDid: string;
  howItHurt: string;
  whatIAmDoing: string;
  ask: string;
};
type SaveState = "idle" | "saving" | "saved" | "failed";

const AUTOSAVE_DELAY_MS = 800;

const kindChoices: { kind: Kind; title: string; description: string }[] = [
  {
    kind: "forgiveness",
    title: "Ask for forgiveness",
    description: "Own what you did, how it hurt, and what you are doing about it.",
  },
  {
    kind: "second_chance",
    title: "Ask for a second chance",
    description: "Ask, rather than promise: let what you do from here speak.",
  },
];

const snapshot = (values: ComposerValues) => JSON.stringify(values);

/**
 * Saves the draft while the person writes: one save at a time, always the latest words,
 * so an older save never lands after a newer one.
 */
function useAutosave(initial: ComposerValues, alreadySaved: boolean) {
  const [state, setState] = useState<SaveState>(alreadySaved ? "saved" : "idle");
  const lastSaved = useRef(snapshot(initial));
  const latest = useRef(initial);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // biome-ignore lint/nursery/noMisusedPromises: this asks whether a save is under way, not what it resolved to.
    if (running.current) return running.current.then(flush);
    if (stopped.current || snapshot(latest.current) === lastSaved.current) return Promise.resolve();
    const values = latest.current;
    setState("saving");
    running.current = saveDraft(values)
      .then(
        (result) => {
          if (!result.ok) return setState("failed");
          lastSaved.current = snapshot(values);
          setState("saved");
        },
        // Out of reach (offline): the next change tries again.
        () => setState("failed"),
      )
      .finally(() => {
        running.current = null;
      });
    return running.current;
  }, []);

  const schedule = useCallback(
    (values: ComposerValues) => {
      latest.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** While sending or discarding: nothing more is saved. */
  const stop = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    stopped.current = true;
    await running.current;
  }, []);

  /** After a send the server refused: the draft keeps saving as the person goes on writing. */
  const resume = useCallback(() => {
    stopped.current = false;
    void flush();
  }, [flush]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return {
    state,
    schedule,
    flush,
    stop,
    resume,
    hasSaved: () => lastSaved.current !== snapshot(initial) || alreadySaved,
  };
}

function SaveStatus({ state, tooLong }: { state: SaveState; tooLong: boolean }) {
  // A draft past the limit can't be saved, however often we try: say so, and what to do.
  const text = tooLong
    ? `Too long to save: shorten the part marked in red to ${PART_MAX.toLocaleString("en-GB")} characters or fewer. Your last saved draft is kept.`
    : {
        idle: "Only you can see this until you send it.",
        saving: "Saving your draft…",
        saved: "Draft saved. Only you can see it.",
        failed: "We couldn't save just now; we'll try again as you write.",
      }[state];
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="draft-status">
      {text}
    </p>
  );
}

export function Composer({
  initial,
  savedBefore,
  partnerName,
}: {
  initial: ComposerValues;
  savedBefore: boolean;
  partnerName: string | null;
}) {
  const router = useRouter();
  const form = useFormFields(initial);
  const { values, errors } = form;
  const autosave = useAutosave(initial, savedBefore);
  const [sending, setSending] = useState(false);

  const { schedule } = autosave;
  const tooLong = [values.whatIDid, values.howItHurt, values.whatIAmDoing, values.ask].some(
    (part) => part.length > PART_MAX,
  );
  useEffect(() => {
    if (!tooLong) schedule(values);
  }, [values, schedule, tooLong]);

  const kind = values.kind;

  /** Not sent: why shows beside the fields, and the draft goes on saving as the person writes. */
  function refused(showWhy: () => void) {
    showWhy();
    autosave.resume();
    setSending(false);
  }

  async function submit() {
    setSending(true);
    await autosave.stop();
    const sent =
      values.kind === "forgiveness"
        ? {
            id: initial.id,
            kind: "forgiveness" as const,
            whatIDid: values.whatIDid,
            howItHurt: values.howItHurt,
            whatIAmDoing: values.whatIAmDoing,
          }
        : { id: initial.id, kind: "second_chance" as const, ask: values.ask, whatIAmDoing: values.whatIAmDoing };
    try {
      const result = await sendRequest(sent);
      if (!result.ok) return refused(() => form.showRefusal(result));
    } catch (error) {
      // Out of reach: showError says so, in words a person can act on.
      return refused(() => form.showError(error));
    }
    toast.success(`Sent to ${partnerName ?? "your partner"}. There's no deadline for an answer.`);
    router.push(`/forgiveness/${initial.id}`);
  }

  /** The refusal's words when there is one; nothing once the draft is gone. */
  async function discardDraft() {
    await autosave.stop();
    if (autosave.hasSaved()) {
      const result = await discardSavedDraft(initial.id);
      if (!result.ok) {
        autosave.resume();
        return result.error;
      }
    }
    toast.success("Draft discarded.");
    router.push("/forgiveness");
  }

  return (
    <form {...form.formProps(submit)} className="grid gap-6">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">What are you asking for?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {kindChoices.map((choice) => (
            <label
              key={choice.kind}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                kind === choice.kind ? "border-gold bg-gold-soft/50" : "border-border bg-card hover:bg-muted",
              )}
            >
              <input
                type="radio"
                name="kind"
                value={choice.kind}
                checked={kind === choice.kind}
                onChange={() => form.set("kind", choice.kind)}
                className="mt-1 accent-(--gold)"
              />
              <span className="grid gap-0.5">
                <span className="font-medium">{choice.title}</span>
                <span className="text-sm text-muted-foreground">{choice.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {kind === "forgiveness" ? (
        <>
          <ApologyField
            label="What I did"
            hint="Your responsibility, in plain words. This matters most."
            {...form.text("whatIDid")}
            limit={PART_MAX}
            part="whatIDid"
            error={errors.whatIDid}
          />
          <ApologyField
            label="How I understand it hurt you"
            hint="What it was like for them, as far as you understand it."
            {...form.text("howItHurt")}
            limit={PART_MAX}
            part="howItHurt"
            error={errors.howItHurt}
          />
          <ApologyField
            label="What I am doing about it"
            hint="The repair: what you are already doing, not what you promise."
            {...form.text("whatIAmDoing")}
            limit={PART_MAX}
            part="whatIAmDoing"
            error={errors.whatIAmDoing}
          />
        </>
      ) : (
        <>
          <ApologyField
            label="What I am asking for"
            hint="Promises are hard to believe right now. Ask instead: “Will you give me the chance to show you?”"
            {...form.text("ask")}
            limit={PART_MAX}
            error={errors.ask}
            promisesFirst
          />
          <ApologyField
            label="What I am already doing (optional)"
            hint="Steady, kept actions say more than any promise."
            {...form.text("whatIAmDoing")}
            limit={PART_MAX}
            part="whatIAmDoing"
            error={errors.whatIAmDoing}
            promisesFirst
          />
        </>
      )}

      <p className="text-sm text-muted-foreground">
        The suggestions are only advice. You decide what to send, and {partnerName ?? "your partner"} can take all the
        time they need to answer.
      </p>
      <FormError message={errors.form} />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-3">
          <SaveStatus state={autosave.state} tooLong={tooLong} />
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <ConfirmDialog
            trigger={
              <Button variant="ghost">
                <Trash2 aria-hidden />
                Discard draft
              </Button>
            }
            title="Discard this draft?"
            description="Your words will be deleted. Nobody else has seen them."
            confirmLabel="Discard"
            cancelLabel="Keep writing"
            onConfirm={discardDraft}
          />
          <Button type="submit" disabled={sending || !partnerName}>
            <Send aria-hidden />
            {sending ? "Sending…" : `Send to ${partnerName ?? "your partner"}`}
          </Button>
        </div>
      </div>
      {!partnerName && (
        <p className="text-sm text-muted-foreground">You can write now and send once your partner has joined.</p>
      )}
    </form>
  );
}
