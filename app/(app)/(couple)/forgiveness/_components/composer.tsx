"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Send, Trash2 } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { FormError } from "@/app/_components/ui/form";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";
import { PART_MAX, sendSchema, type requestKinds } from "@/server/forgiveness/schema";
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
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.forgiveness.saveDraft.mutationOptions());
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
    running.current = mutateAsync(values)
      .then(
        () => {
          lastSaved.current = snapshot(values);
          setState("saved");
        },
        () => setState("failed"),
      )
      .finally(() => {
        running.current = null;
      });
    return running.current;
  }, [mutateAsync]);

  const schedule = useCallback(
    (values: ComposerValues) => {
      latest.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After sending or discarding: nothing more is saved. */
  const stop = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    stopped.current = true;
    await running.current;
  }, []);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { state, schedule, flush, stop, hasSaved: () => lastSaved.current !== snapshot(initial) || alreadySaved };
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
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<ComposerValues>({
    // The union schema's output type differs from the form's one flat shape of fields.
    resolver: zodResolver(sendSchema) as unknown as Resolver<ComposerValues>,
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control }) as ComposerValues;
  const autosave = useAutosave(initial, savedBefore);
  const send = useMutation(trpc.forgiveness.send.mutationOptions());
  const discard = useMutation(trpc.forgiveness.discardDraft.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);

  const { schedule } = autosave;
  const tooLong = [values.whatIDid, values.howItHurt, values.whatIAmDoing, values.ask].some(
    (part) => (part ?? "").length > PART_MAX,
  );
  useEffect(() => {
    if (!tooLong) schedule({ ...initial, ...values, id: initial.id });
  }, [values, initial, schedule, tooLong]);

  const kind = values.kind;
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (submitted) => {
    setFormError(null);
    await autosave.stop();
    try {
      const sent =
        submitted.kind === "forgiveness"
          ? {
              id: initial.id,
              kind: "forgiveness" as const,
              whatIDid: submitted.whatIDid,
              howItHurt: submitted.howItHurt,
              whatIAmDoing: submitted.whatIAmDoing,
            }
          : {
              id: initial.id,
              kind: "second_chance" as const,
              ask: submitted.ask,
              whatIAmDoing: submitted.whatIAmDoing,
            };
      await send.mutateAsync(sent);
      await queryClient.invalidateQueries({ queryKey: trpc.forgiveness.pathKey() });
      toast.success(`Sent to ${partnerName ?? "your partner"}. There's no deadline for an answer.`);
      router.push(`/forgiveness/${initial.id}`);
      router.refresh();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields)) form.setError(field as keyof ComposerValues, { message });
      if (!Object.keys(fields).length) setFormError(messageOf(error));
    }
  });

  async function discardDraft() {
    await autosave.stop();
    if (autosave.hasSaved()) await discard.mutateAsync({ id: initial.id });
    await queryClient.invalidateQueries({ queryKey: trpc.forgiveness.pathKey() });
    toast.success("Draft discarded.");
    router.push("/forgiveness");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
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
              <input type="radio" value={choice.kind} className="mt-1 accent-(--gold)" {...form.register("kind")} />
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
            value={values.whatIDid ?? ""}
            limit={PART_MAX}
            registration={form.register("whatIDid")}
            part="whatIDid"
            error={errors.whatIDid?.message}
          />
          <ApologyField
            label="How I understand it hurt you"
            hint="What it was like for them, as far as you understand it."
            value={values.howItHurt ?? ""}
            limit={PART_MAX}
            registration={form.register("howItHurt")}
            part="howItHurt"
            error={errors.howItHurt?.message}
          />
          <ApologyField
            label="What I am doing about it"
            hint="The repair: what you are already doing, not what you promise."
            value={values.whatIAmDoing ?? ""}
            limit={PART_MAX}
            registration={form.register("whatIAmDoing")}
            part="whatIAmDoing"
            error={errors.whatIAmDoing?.message}
          />
        </>
      ) : (
        <>
          <ApologyField
            label="What I am asking for"
            hint="Promises are hard to believe right now. Ask instead: “Will you give me the chance to show you?”"
            value={values.ask ?? ""}
            limit={PART_MAX}
            registration={form.register("ask")}
            error={errors.ask?.message}
            promisesFirst
          />
          <ApologyField
            label="What I am already doing (optional)"
            hint="Steady, kept actions say more than any promise."
            value={values.whatIAmDoing ?? ""}
            limit={PART_MAX}
            registration={form.register("whatIAmDoing")}
            part="whatIAmDoing"
            error={errors.whatIAmDoing?.message}
            promisesFirst
          />
        </>
      )}

      <p className="text-sm text-muted-foreground">
        The suggestions are only advice. You decide what to send, and {partnerName ?? "your partner"} can take all the
        time they need to answer.
      </p>
      <FormError message={formError} />
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
          <Button type="submit" disabled={form.formState.isSubmitting || !partnerName}>
            <Send aria-hidden />
            {form.formState.isSubmitting ? "Sending…" : `Send to ${partnerName ?? "your partner"}`}
          </Button>
        </div>
      </div>
      {!partnerName && (
        <p className="text-sm text-muted-foreground">You can write now and send once your partner has joined.</p>
      )}
    </form>
  );
}
