// Plain constants, kept apart from the zod schemas so a page's bundle can use them without zod.
export const sharingLevels = ["nothing", "direction", "numbers"] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export const CHECK_IN_NOTE_MAX = 1000;
/** A missed day can be filled in for two weeks: long enough to read a direction, short enough to stay a daily reading. */
export const CHECK_IN_DAYS_BACK = 13;
export const chartRanges = [30, 90] as const;
export type ChartRange = (typeof chartRanges)[number];
