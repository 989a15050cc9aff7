"use client";

import { useEffect, useState } from "react";
import { Sprout } from "lucide-react";
import type { ApologyPart } from "@/server/domain/apology-hints";
import type { ApologyCoach } from "./apology-coach";

/** How long the writer rests before the hint speaks: never while they are mid-sentence. */
export const PAUSE_MS = 1500;

/**
 * A quiet note under a part when it seems to miss what matters most there (no act of
 * one's own, nothing about the partner, no concrete step). Computed here, in the
 * writer's browser, from their own words; never saved and never sent to the partner.
 */
export function PartHint({
  part,
  value,
  id,
  coach,
}: {
  part: ApologyPart;
  value: string;
  id: string;
  /** Null until the coach's words have arrived: the hint waits for them. */
  coach: ApologyCoach | null;
}) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  // Once the writer has rewritten the part, a hint about the old words would be stale.
  const hint = settled === value ? (coach?.missingFromPart(part, settled) ?? null) : null;

  return (
    <div id={id} aria-live="polite" data-testid={`part-hint-${part}`}>
      {hint && (
        <p className="flex gap-2 text-sm text-muted-foreground">
          <Sprout aria-hidden className="mt-0.5 size-4 shrink-0 text-gold-foreground" />
          <span>
            <span className="font-medium text-foreground">{hint.title}</span> {hint.detail}
          </span>
        </p>
      )}
    </div>
  );
}
