// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const cadenceKinds = ["daily", "weekdays", "weekly", "once"] as const;

export const RESPONSIBILITY_TITLE_MAX = 120;
export const RESPONSIBILITY_DETAILS_MAX = 1000;
export const SUGGESTION_NOTE_MAX = 280;
