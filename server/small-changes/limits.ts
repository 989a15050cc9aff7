// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const SMALL_CHANGE_TITLE_MAX = 120;
export const SMALL_CHANGE_DETAILS_MAX = 1000;
export const ENCOURAGEMENT_MAX = 280;
