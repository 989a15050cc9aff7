// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
// Kept here rather than imported from db/schema, so the page's bundle carries no Drizzle.
export const timelineKinds = [
  "began",
  "manual",
  "forgiveness",
  "second_chance",
  "date_kept",
  "streak",
  "phase",
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const MILESTONE_TITLE_MAX = 120;
export const MILESTONE_NOTE_MAX = 1000;
export const TIMELINE_PAGE_SIZE = 30;
