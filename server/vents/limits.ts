// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const VENT_MAX = 4000;
export const VENTS_PAGE_SIZE = 20;
