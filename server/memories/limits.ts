// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const MEMORY_TITLE_MAX = 120;
export const MEMORY_PLACE_MAX = 200;
export const MEMORY_STORY_MAX = 5000;
