"use client";

import { useDeferredValue, useId, useMemo, type ChangeEventHandler, type ReactNode } from "react";
import type { Finding } from "@/server/domain/apology-check";
import type { ApologyPart } from "@/server/domain/apology-hints";
import { cn } from "@/lib/cn";
import { useApologyCoach } from "./apology-coach";
import { FindingCards } from "./finding-cards";
import { PartHint } from "./part-hint";
import { CharacterCount, limitState } from "@/app/_components/ui/character-count";
import { countOf } from "@/lib/plural";

/** The text cut into plain runs and flagged runs; overlapping findings of different kinds merge into one mark. */
function segmentsOf(text: string, findings: readonly Finding[]) {
  const segments: { text: string; flagged: boolean }[] = [];
  let at = 0;
  for (const finding of findings) {
    const start = Math.max(finding.start, at);
    if (finding.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), flagged: false });
    segments.push({ text: text.slice(start, finding.end), flagged: true });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), flagged: false });
  return segments;
}

/**
 * A textarea that reads the apology back as it is written: phrases that tend to hurt are
 * underlined in place (a mirror behind the transparent textarea, hidden from screen
 * readers), and each is explained below in words a screen reader reaches. Advice only:
 * nothing here stops the person from sending.
 */
export function ApologyField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
  promisesFirst = false,
  part,
  rows = 4,
  limit,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  name: string;
  value: string;
  onChange: ChangeEventHandler<HTMLTextAreaElement>;
  /** Second-chance requests: promises come first, since asking is the point. */
  promisesFirst?: boolean;
  /** Which part of the apology this is, for the quiet hint about what it may be missing. */
  part?: ApologyPart;
  rows?: number;
  /** The most characters the part may hold: a count shows as the text nears it. */
  limit: number;
}) {
  const id = useId();
  const deferred = useDeferredValue(value);
  const coach = useApologyCoach();
  const findings = useMemo(() => coach?.checkApology(deferred) ?? [], [coach, deferred]);
  const groups = useMemo(() => {
    const grouped = coach?.groupFindings(deferred, findings) ?? [];
    return promisesFirst
      ? grouped.sort((a, b) => Number(b.kind === "promise") - Number(a.kind === "promise"))
      : grouped;
  }, [coach, deferred, findings, promisesFirst]);
  const hintId = `${id}-hint`;
  const summaryId = `${id}-summary`;
  const errorId = `${id}-error`;
  const partHintId = `${id}-part-hint`;
  const countId = `${id}-count`;
  const tooLong = limitState(value.length, limit) === "over";

  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      <div className="relative rounded-md bg-card">
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 overflow-hidden rounded-md border border-transparent px-3 py-2 text-base leading-relaxed break-words whitespace-pre-wrap text-transparent"
        >
          {segmentsOf(deferred, findings).map((segment, index) =>
            segment.flagged ? (
              <mark
                key={index}
                className="rounded-sm bg-gold-soft text-transparent underline decoration-gold decoration-wavy decoration-2 underline-offset-4"
              >
                {segment.text}
              </mark>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
          {/* Keeps a trailing newline's empty line as tall as in the textarea. */}
          {"\u200b"}
        </div>
        <textarea
          id={id}
          rows={rows}
          aria-invalid={error || tooLong ? true : undefined}
          aria-describedby={[hint ? hintId : null, countId, summaryId, part ? partHintId : null, error ? errorId : null]
            .filter(Boolean)
            .join(" ")}
          className={cn(
            "relative block min-h-28 w-full resize-none rounded-md border border-input bg-transparent px-3 py-2 text-base leading-relaxed text-foreground [field-sizing:content]",
            "placeholder:text-muted-foreground/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-[invalid=true]:border-danger",
          )}
          name={name}
          value={value}
          onChange={onChange}
        />
      </div>
      <CharacterCount id={countId} length={value.length} limit={limit} />
      <p id={summaryId} className="sr-only" aria-live="polite">
        {groups.length === 0
          ? ""
          : `${countOf(groups.length, "gentle suggestion")} below. You can still send it as it is.`}
      </p>
      <FindingCards groups={groups} label={label} />
      {part && <PartHint part={part} value={value} id={partHintId} coach={coach} />}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
