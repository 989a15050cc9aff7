import type { Direction, Measure } from "@/server/domain/check-in-trends";

export type { Direction, Measure };

// The same three as the server's, spelled out so a page's bundle doesn't carry the trend maths.
export const measures = ["safety", "trust", "connection"] as const satisfies readonly Measure[];

/** Each measure's name, and the question a person answers for it. */
export const measureLooks: Record<Measure, { label: string; question: string; low: string; high: string }> = {
  safety: {
    label: "Safety",
    question: "How safe do you feel with each other today?",
    low: "not at all",
    high: "completely",
  },
  trust: { label: "Trust", question: "How much trust do you feel today?", low: "none", high: "fully" },
  connection: { label: "Connection", question: "How close do you feel today?", low: "far apart", high: "very close" },
};

export const directionWords: Record<Direction, string> = { rising: "rising", steady: "steady", falling: "falling" };

/** "trust: rising", or a gentle "not enough yet" before there are fourteen check-ins to compare. */
export function directionPhrase(measure: Measure, direction: Direction | null) {
  return `${measureLooks[measure].label.toLowerCase()}: ${direction ? directionWords[direction] : "not enough to read yet"}`;
}
