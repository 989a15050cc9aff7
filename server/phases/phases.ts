// Kept here rather than imported from db/schema, so a page's bundle carries no Drizzle.
export const phases = ["atone", "attune", "attach"] as const;
export type Phase = (typeof phases)[number];

type Practice = { href: string; label: string };

/** Each practice once: a phase lists the ones that serve it, and some serve two. */
const practice = {
  forgiveness: { href: "/forgiveness", label: "Ask for forgiveness" },
  disclosures: { href: "/disclosures", label: "Tell something freely" },
  vents: { href: "/vents", label: "Let it out" },
  responsibilities: { href: "/responsibilities", label: "Take on responsibilities" },
  checkIn: { href: "/check-in", label: "Check in with yourself" },
  smallChanges: { href: "/responsibilities", label: "Small, steady changes" },
  timeTogether: { href: "/dates", label: "Plan time together" },
  dates: { href: "/dates", label: "Plan dates and surprises" },
  memories: { href: "/memories", label: "Recreate memories" },
  timeline: { href: "/timeline", label: "Look back at the way here" },
} satisfies Record<string, Practice>;

/**
 * Gottman's Trust Revival phases, in our words: what each is about and the practices in
 * Kintsugi that serve it. Phrased about the couple, never about who hurt whom.
 */
export const phaseGuides: Record<Phase, { name: string; summary: string; practices: Practice[] }> = {
  atone: {
    name: "Atone",
    summary: "Owning what happened, answering questions honestly, and being open. There is no hurry here.",
    practices: [practice.forgiveness, practice.disclosures, practice.vents, practice.responsibilities],
  },
  attune: {
    name: "Attune",
    summary: "Turning toward each other: talking about needs and hurts, gently, when you're both ready.",
    practices: [practice.checkIn, practice.vents, practice.smallChanges, practice.timeTogether],
  },
  attach: {
    name: "Attach",
    summary: "Closeness again, and a future you're building together.",
    practices: [practice.dates, practice.memories, practice.timeline],
  },
};

export function phaseName(phase: Phase) {
  return phaseGuides[phase].name;
}
