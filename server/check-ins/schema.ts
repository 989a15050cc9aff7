import { z } from "zod";
import { withinDays } from "../input-bounds";

import { CHECK_IN_NOTE_MAX, sharingLevels } from "./limits";

export {
  CHECK_IN_DAYS_BACK,
  CHECK_IN_NOTE_MAX,
  chartRanges,
  sharingLevels,
  type ChartRange,
  type SharingLevel,
} from "./limits";

const score = (label: string) =>
  z
    .number({ error: `Choose how much ${label} you feel, from 0 to 10.` })
    .int(`Choose a whole number for ${label}, from 0 to 10.`)
    .min(0, `Choose ${label} from 0 to 10.`)
    .max(10, `Choose ${label} from 0 to 10.`);

const day = withinDays(z.iso.date("Choose a day."));

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
