// Plain constants, kept apart from the zod schemas so the page's bundle can use them without zod.
export const DISCLOSURE_MAX = 4000;
export const DISCLOSURES_PAGE_SIZE = 20;
