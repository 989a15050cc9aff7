import { z } from "zod";
import { isLocalDate } from "../domain/calendar-days";
import { withinDays } from "../input-bounds";

export const startSmallChangeSchema = z.object({
  title: z.string().trim().min(1, "Give it a short name.").max(120, "Keep the name under 120 characters."),
  details: z.string().trim().max(1000, "Keep the details under 1,000 characters."),
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
  message: z.string().trim().min(1, "Write a few words.").max(280, "Keep it under 280 characters."),
});
export type EncourageInput = z.infer<typeof encourageSchema>;
