/**
 * One card per kind per sentence: "I promise I will never do it again" raises two promise
 * findings, and the writer should read one explanation, not the same one twice.
 */
import type { Finding, FindingKind } from "./apology-check";
import { normalise, sentenceIndex, sentenceStarts } from "./apology-check-text";

export interface FindingGroup {
  readonly kind: FindingKind;
  /** Stable while the text before the sentence is unchanged: a React key. */
  readonly key: string;
  /** The flagged phrases, in the order they appear. */
  readonly phrases: readonly string[];
  readonly why: string;
  readonly suggestion: string;
}

/** Groups findings (sorted by start, as `checkApology` returns them) by kind within each sentence. */
export function groupFindings(text: string, findings: readonly Finding[]): FindingGroup[] {
  if (findings.length === 0) return [];
  const starts = sentenceStarts(normalise(text));
  const groups = new Map<
    string,
    { kind: FindingKind; key: string; phrases: string[]; why: string; suggestion: string }
  >();
  for (const finding of findings) {
    const key = `${finding.kind}:${starts[sentenceIndex(starts, finding.start)]}`;
    const group = groups.get(key);
    if (group) group.phrases.push(finding.phrase);
    else
      groups.set(key, {
        kind: finding.kind,
        key,
        phrases: [finding.phrase],
        why: finding.why,
        suggestion: finding.suggestion,
      });
  }
  return [...groups.values()];
}
