import { z } from "zod";
import { isLocalDate } from "../domain/calendar-days";
import { withinDays } from "../input-bounds";
import { ENCOURAGEMENT_MAX, SMALL_CHANGE_DETAILS_MAX, SMALL_CHANGE_TITLE_MAX } from "./limits";

export const startSmallChangeSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give it a short name.")
    .max(SMALL_CHANGE_TITLE_MAX, `Keep the name under ${SMALL_CHANGE_TITLE_MAX} characters.`),
  details: z
    .string()
    .trim()
    .max(
      SMALL_CHANGE_DETAILS_MAX,
      `Keep the details under ${SMALL_CHANGE_DETAILS_MAX.toLocaleString("en-GB")} characters.`,
    ),
});
export type StartSmallChangeInput = z.infer<typeof startSmallChangeSchema>;

const localDayField = withinDays(z.string().refine(isLocalDate, "Use a date like 2026-03-14."));

export const smallChangeIdSchema = z.object({ id: z.uuid("That isn't a small change we know.") });

export const checkOffSmallChangeSchema = z.object({
  id: z.uuid(),
  /** The owner's local day; today when left out. */
  day: localDayField.optional(),
});

export const undoSmallChangeCheckOffSchema = z.object({ id: z.uuid(), day: localDayField });

export const encourageSchema = z.object({
  id: z.uuid(),
  message: z
    .string()
    .trim()
    .min(1, "Write a few words.")
    .max(ENCOURAGEMENT_MAX, `Keep it under ${ENCOURAGEMENT_MAX} characters.`),
});
export type EncourageInput = z.infer<typeof encourageSchema>;
