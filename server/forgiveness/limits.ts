// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
// Kept here rather than imported from db/schema, so the composer's bundle carries no Drizzle.
export const requestKinds = ["forgiveness", "second_chance"] as const;

export const PART_MAX = 4000;
export const NOTE_MAX = 1000;
export const HISTORY_PAGE_SIZE = 10;
