// Kept here rather than imported from db/schema, so a page's bundle carries no Drizzle.
export const phases = ["atone", "attune", "attach"] as const;
export type Phase = (typeof phases)[number];

/**
 * Gottman's Trust Revival phases, in our words: what each is about and the practices in
 * Kintsugi that serve it. Phrased about the couple, never about who hurt whom.
 */
export const phaseGuides: Record<
  Phase,
  { name: string; summary: string; practices: { href: string; label: string }[] }
> = {
  atone: {
    name: "Atone",
    summary: "Owning what happened, answering questions honestly, and being open. There is no hurry here.",
    practices: [
      { href: "/forgiveness", label: "Ask for forgiveness" },
      { href: "/disclosures", label: "Tell something freely" },
      { href: "/vents", label: "Let it out" },
      { href: "/responsibilities", label: "Take on responsibilities" },
    ],
  },
  attune: {
    name: "Attune",
    summary: "Turning toward each other: talking about needs and hurts, gently, when you're both ready.",
    practices: [
      { href: "/check-in", label: "Check in with yourself" },
      { href: "/vents", label: "Let it out" },
      { href: "/responsibilities", label: "Small, steady changes" },
      { href: "/dates", label: "Plan time together" },
    ],
  },
  attach: {
    name: "Attach",
    summary: "Closeness again, and a future you're building together.",
    practices: [
      { href: "/dates", label: "Plan dates and surprises" },
      { href: "/memories", label: "Recreate memories" },
      { href: "/timeline", label: "Look back at the way here" },
    ],
  },
};

export function phaseName(phase: Phase) {
  return phaseGuides[phase].name;
}
