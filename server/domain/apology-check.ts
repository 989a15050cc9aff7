/**
 * Apology check: a pure, deterministic, dependency-free scan of an apology draft for
 * phrasing that tends to take an apology back: excuses, blame, minimizing, "if" apologies,
 * promises, a "but" after "sorry", regret for being found out, fate or drift, the past or
 * other people as the reason, hurrying the partner's healing, and counter-accusation.
 *
 * The composer runs this on every keystroke (on a phone too), underlines each finding and
 * shows its `why` and `suggestion`. It only advises; it never blocks.
 *
 * - Every regular expression is compiled once, at module load; each rule is one
 *   left-to-right scan, so the check is a fixed number of linear passes over the text.
 * - Curly quotes are normalised one UTF-16 unit for one, so offsets found in the normalised
 *   text are offsets into the original.
 * - Precision matters more than coverage: a false underline under a sincere sentence is
 *   worse than a missed one, so rules are specific and guarded against negation ("it
 *   wasn't your fault"), reported speech ("I told you it was just a friendship, and that
 *   was a lie") and ownership right after ("I was drunk, and that's no excuse").
 */
import { COPY } from "./apology-check-copy";
import { BLAME_RULES } from "./apology-check-blame";
import { findDeflections } from "./apology-check-deflection";
import { EXCUSE_RULES } from "./apology-check-excuses";
import { MINIMIZING_RULES } from "./apology-check-minimizing";
import { SORRY_RULES } from "./apology-check-sorry";
import { normalise, passesGuards, sentenceStarts, type Rule } from "./apology-check-text";

/** All kinds, in a stable order (also the tie-breaker when sorting). */
export const FINDING_KINDS = [
  "justification",
  "blame",
  "minimizing",
  "conditional",
  "promise",
  "deflection",
  "misplaced_regret",
  "fate",
  "outside_cause",
  "rushing",
  "counter_accusation",
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  /** Offset of the first character of the phrase in the input text. */
  readonly start: number;
  /** Offset just past the last character of the phrase (exclusive). */
  readonly end: number;
  /** Always equal to `text.slice(start, end)`. */
  readonly phrase: string;
  /** Short, warm explanation of why this phrasing can hurt the partner. */
  readonly why: string;
  /** What to write instead. */
  readonly suggestion: string;
}

const RULES: readonly Rule[] = [...EXCUSE_RULES, ...BLAME_RULES, ...MINIMIZING_RULES, ...SORRY_RULES];

const KIND_ORDER = Object.fromEntries(FINDING_KINDS.map((kind, index) => [kind, index])) as Record<FindingKind, number>;

function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Merge overlapping findings of the same kind into one span, so the UI never draws two
 * underlines of the same kind over the same words. The copy of the earliest (then
 * longest) finding is kept.
 */
function mergeSameKind(sorted: readonly Finding[], original: string): Finding[] {
  const lastByKind = new Map<FindingKind, number>();
  const merged: Finding[] = [];
  for (const f of sorted) {
    const idx = lastByKind.get(f.kind);
    const prev = idx === undefined ? undefined : merged[idx];
    if (prev !== undefined && idx !== undefined && f.start < prev.end) {
      if (f.end > prev.end) merged[idx] = { ...prev, end: f.end, phrase: original.slice(prev.start, f.end) };
      continue;
    }
    lastByKind.set(f.kind, merged.length);
    merged.push(f);
  }
  return merged;
}

/**
 * Scan an apology draft and return advisory findings, sorted by `start`.
 * Pure and deterministic: same text in, same findings out; no I/O.
 */
export function checkApology(text: string): Finding[] {
  if (text.length === 0) return [];
  const norm = normalise(text);
  const starts = sentenceStarts(norm);
  const found: Finding[] = [];

  for (const r of RULES) {
    for (const m of norm.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start || !passesGuards(r.guards, norm, starts, start, end)) continue;
      found.push({ kind: r.kind, start, end, phrase: text.slice(start, end), ...(r.copy ?? COPY[r.kind]) });
    }
  }
  findDeflections(norm, starts, found, text);

  found.sort(compareFindings);
  return mergeSameKind(found, text);
}
