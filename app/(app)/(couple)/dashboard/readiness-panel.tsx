"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronRight, PenLine } from "lucide-react";
import { useState, type FormEvent } from "react";
import { MarkActivitySeen } from "@/app/_components/live/activity";
import {
  READINESS_NOTE_MAX,
  readinessLooks,
  readinessStates,
  toneClasses,
} from "@/app/_components/live/readiness-states";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent } from "@/app/_components/ui/card";
import { CharacterCount } from "@/app/_components/ui/character-count";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { timeAgo } from "@/lib/date-words";
import { fieldErrorsOf, useTRPC } from "@/lib/trpc";
import type { ReadinessStateName } from "@/server/readiness/states";
import type { Dashboard } from "./dashboard-type";

type Readiness = { state: ReadinessStateName; note: string | null; setAt: Date };

/**
 * The top of the dashboard: how ready my partner is to talk (first, because it changes how
 * I approach everything else), then my own, changed with one tap. Links to the vents page.
 */
export function ReadinessPanel({ dashboard }: { dashboard: Dashboard }) {
  const panel = dashboard.panels.readiness;
  const partnerName = dashboard.partner?.name;
  return (
    <Card aria-labelledby="readiness-heading">
      <CardContent standalone className="grid gap-5">
        <h2 id="readiness-heading" className="sr-only">
          Ready to talk?
        </h2>
        {partnerName && <PartnerReadiness name={partnerName} readiness={panel?.partner ?? null} />}
        <MyReadiness readiness={panel?.mine ?? null} />
        <Link
          href="/vents"
          data-testid="vents-link"
          className="flex items-center gap-3 rounded-lg border border-border px-3 py-3 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          <PenLine aria-hidden className="size-4 shrink-0 text-vent" />
          <span className="flex-1">
            <span className="font-medium">Vents</span>
            <span className="text-muted-foreground">
              {" "}
              · let out what hurts, or hear what {partnerName ?? "your partner"} wrote
            </span>
          </span>
          <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
        </Link>
        <MarkActivitySeen version={dashboard} />
      </CardContent>
    </Card>
  );
}

function PartnerReadiness({ name, readiness }: { name: string; readiness: Readiness | null }) {
  if (!readiness) {
    return (
      <p className="rounded-lg bg-muted px-4 py-4 text-sm text-muted-foreground" data-testid="partner-readiness">
        {name} hasn&apos;t shared how they feel about talking yet.
      </p>
    );
  }
  const look = readinessLooks[readiness.state];
  const tone = toneClasses[look.tone];
  const Icon = look.icon;
  return (
    <div
      className={cn("grid gap-2 rounded-lg border px-4 py-4", tone.soft, tone.border)}
      data-testid="partner-readiness"
      data-state={readiness.state}
    >
      <p className={cn("flex items-center gap-2 text-lg font-semibold", tone.text)}>
        <Icon aria-hidden className="size-5 shrink-0" />
        <span>
          {name} {look.partnerPhrase}
        </span>
      </p>
      {readiness.note && <p className="text-base leading-relaxed text-foreground">“{readiness.note}”</p>}
      <p className="text-sm text-muted-foreground">
        {look.hint}{" "}
        <span className="whitespace-nowrap">
          Set{" "}
          <time dateTime={readiness.setAt.toISOString()} suppressHydrationWarning>
            {timeAgo(readiness.setAt)}
          </time>
          .
        </span>
      </p>
    </div>
  );
}

function MyReadiness({ readiness }: { readiness: Readiness | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editingNote, setEditingNote] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const set = useMutation(
    trpc.readiness.set.mutationOptions({
      onSuccess: () => {
        setEditingNote(false);
        setNoteError(undefined);
        void queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.readiness.pathKey() });
      },
      onError: (error) => {
        const fieldError = fieldErrorsOf(error).note;
        if (fieldError) setNoteError(fieldError);
        else toast.error(error);
      },
    }),
  );
  // While a tap is on its way, show the choice already made.
  const current = set.isPending ? set.variables.state : readiness?.state;

  function saveNote(event: FormEvent) {
    event.preventDefault();
    if (!current) return;
    set.mutate({ state: current, note });
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="text-sm font-medium" id="my-readiness-label">
          How do you feel about talking?
        </h3>
        {readiness && !set.isPending && (
          <p className="text-xs text-muted-foreground">
            Set{" "}
            <time dateTime={readiness.setAt.toISOString()} suppressHydrationWarning>
              {timeAgo(readiness.setAt)}
            </time>
          </p>
        )}
      </div>
      <div role="group" aria-labelledby="my-readiness-label" className="grid gap-2 sm:grid-cols-3">
        {readinessStates.map((state) => {
          const look = readinessLooks[state];
          const tone = toneClasses[look.tone];
          const Icon = look.icon;
          const chosen = current === state;
          return (
            <button
              key={state}
              type="button"
              aria-pressed={chosen}
              data-testid={`my-readiness-${state}`}
              // aria-disabled, not disabled: a disabled button would drop keyboard focus mid-tap.
              aria-disabled={set.isPending}
              onClick={() => {
                if (!set.isPending && !chosen) set.mutate({ state });
              }}
              className={cn(
                "flex h-11 items-center justify-center gap-2 rounded-md border px-3 text-sm font-medium transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring aria-disabled:cursor-wait",
                chosen ? cn(tone.soft, tone.border, tone.text) : "border-input bg-card hover:bg-muted",
              )}
            >
              <Icon aria-hidden className="size-4 shrink-0" />
              {look.label}
            </button>
          );
        })}
      </div>
      {readiness?.note && !editingNote && (
        <p className="text-sm text-muted-foreground">Your note: “{readiness.note}”</p>
      )}
      {current &&
        (editingNote ? (
          <form onSubmit={saveNote} className="grid gap-2" noValidate>
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
              <Button type="submit" disabled={set.isPending}>
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
              <Button type="button" variant="ghost" size="sm" onClick={() => setEditingNote(false)}>
                Never mind
              </Button>
            </div>
          </form>
        ) : (
          <div>
            <Button
              variant="link"
              size="inline"
              onClick={() => {
                setNote(readiness?.note ?? "");
                setEditingNote(true);
              }}
            >
              {readiness?.note ? "Change your note" : "Add a short note"}
            </Button>
          </div>
        ))}
    </div>
  );
}
