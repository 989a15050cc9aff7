/**
 * Precision and recall of the apology check over a labelled table, per kind and overall,
 * counted at the (sentence, kind) level: a sentence that should raise "blame" and raises
 * "minimizing" instead is one false negative and one false positive.
 */
import { checkApology, FINDING_KINDS, type FindingKind } from "./apology-check";

export type Labelled = readonly [sentence: string, expected: readonly string[]];

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface TableScore {
  readonly byKind: Readonly<Record<FindingKind, Score>>;
  readonly overall: Score;
  readonly rows: number;
  /** Sentences whose predicted kinds differ from their labels. */
  readonly misses: readonly { sentence: string; expected: readonly string[]; predicted: readonly string[] }[];
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  // With nothing predicted, nothing was wrongly predicted: precision 1, not 0/0.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall };
}

export function scoreTable(rows: readonly Labelled[]): TableScore {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FindingKind,
    { tp: number; fp: number; fn: number }
  >;
  const misses: { sentence: string; expected: readonly string[]; predicted: readonly string[] }[] = [];
  for (const [sentence, expected] of rows) {
    const predicted = new Set<string>(checkApology(sentence).map((f) => f.kind));
    const wanted = new Set(expected);
    for (const kind of FINDING_KINDS) {
      if (predicted.has(kind) && wanted.has(kind)) counts[kind].tp++;
      else if (predicted.has(kind)) counts[kind].fp++;
      else if (wanted.has(kind)) counts[kind].fn++;
    }
    const same = predicted.size === wanted.size && [...wanted].every((kind) => predicted.has(kind));
    if (!same) misses.push({ sentence, expected: [...wanted].sort(), predicted: [...predicted].sort() });
  }
  const byKind = Object.fromEntries(
    FINDING_KINDS.map((kind) => [kind, score(counts[kind].tp, counts[kind].fp, counts[kind].fn)]),
  ) as Record<FindingKind, Score>;
  const sum = (key: "tp" | "fp" | "fn") => FINDING_KINDS.reduce((total, kind) => total + counts[kind][key], 0);
  return { byKind, overall: score(sum("tp"), sum("fp"), sum("fn")), rows: rows.length, misses };
}

/** A plain-text table for test output and the README. */
export function formatScore(title: string, result: TableScore): string {
  const line = (name: string, s: Score) =>
    `${name.padEnd(20)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}`;
  return [
    `${title} (${result.rows} sentences)`,
    `${"kind".padEnd(20)} precision recall   tp   fp   fn`,
    ...FINDING_KINDS.map((kind) => line(kind, result.byKind[kind])),
    line("overall", result.overall),
  ].join("\n");
}
