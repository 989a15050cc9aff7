import { z } from "zod";

// Kept here rather than imported from db/schema, so the check-in page's bundle carries no Drizzle.
export const sharingLevels = ["nothing", "direction", "numbers"] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export const CHECK_IN_NOTE_MAX = 1000;
/** A missed day can be filled in for two weeks: long enough to read a direction, short enough to stay a daily reading. */
export const CHECK_IN_DAYS_BACK = 13;
export const chartRanges = [30, 90] as const;
export type ChartRange = (typeof chartRanges)[number];

const score = (label: string) =>
  z
    .number({ error: `Choose how much ${label} you feel, from 0 to 10.` })
    .int(`Choose a whole number for ${label}, from 0 to 10.`)
    .min(0, `Choose ${label} from 0 to 10.`)
    .max(10, `Choose ${label} from 0 to 10.`);

const day = z.iso.date("Choose a day.");

export const recordCheckInSchema = z.object({
  // Today where I live, unless I'm filling in a day I missed.
  day: day.optional(),
  safety: score("safety"),
  trust: score("trust"),
  connection: score("connection"),
  note: z
    .string()
    .trim()
    .max(CHECK_IN_NOTE_MAX, `Please keep the note under ${CHECK_IN_NOTE_MAX} characters.`)
    .optional()
    .transform((note) => note || null),
});
export type RecordCheckInInput = z.input<typeof recordCheckInSchema>;

export const checkInDaySchema = z.object({ day });

export const setSharingSchema = z.object({
  level: z.enum(sharingLevels, { error: "Choose nothing, the direction, or the numbers." }),
});
export type SetSharingInput = z.input<typeof setSharingSchema>;

export const chartRangeSchema = z.object({
  range: z.union([z.literal(30), z.literal(90)], { error: "Choose 30 or 90 days." }).default(30),
});
