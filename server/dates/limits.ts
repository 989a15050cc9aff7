// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const PLAN_TITLE_MAX = 120;
export const PLAN_PLACE_MAX = 200;
export const PLAN_NOTES_MAX = 2000;
export const HINT_MAX = 120;
export const IDEA_TITLE_MAX = 120;
export const IDEA_DESCRIPTION_MAX = 500;
export const REFLECTION_MAX = 1000;
