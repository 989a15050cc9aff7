import { z } from "zod";
import { isLocalDate } from "../domain/calendar-days";
import type { Cadence } from "@/db/vocabulary";
import { withinDays } from "../input-bounds";
import { cadenceKinds, RESPONSIBILITY_DETAILS_MAX, RESPONSIBILITY_TITLE_MAX, SUGGESTION_NOTE_MAX } from "./limits";

export { cadenceKinds } from "./limits";

/**
 * A cadence as a form holds it: `days` (0 = Sunday … 6 = Saturday) matter only for
 * "weekdays". The service turns it into a domain `Cadence` with `toCadence`.
 */
export const cadenceField = z
  .object({
    kind: z.enum(cadenceKinds, { error: "Choose how often." }),
    days: z.array(z.number().int().min(0).max(6)).max(7),
  })
  .refine((cadence) => cadence.kind !== "weekdays" || cadence.days.length > 0, {
    message: "Choose at least one day.",
    path: ["days"],
  });

export type CadenceInput = z.infer<typeof cadenceField>;

export function toCadence(input: CadenceInput): Cadence {
  if (input.kind === "weekdays") return { kind: "weekdays", days: [...new Set(input.days)].sort((a, b) => a - b) };
  return { kind: input.kind };
}

const titleField = z
  .string()
  .trim()
  .min(1, "Give it a short name.")
  .max(RESPONSIBILITY_TITLE_MAX, `Keep the name under ${RESPONSIBILITY_TITLE_MAX} characters.`);
const detailsField = z
  .string()
  .trim()
  .max(
    RESPONSIBILITY_DETAILS_MAX,
    `Keep the details under ${RESPONSIBILITY_DETAILS_MAX.toLocaleString("en-GB")} characters.`,
  );

/** Owner as the caller sees it: ids from input are never trusted for who is who. */
export const ownerField = z.enum(["me", "partner"], { error: "Choose who will do it." });

export const termsSchema = z.object({
  title: titleField,
  details: detailsField,
  owner: ownerField,
  cadence: cadenceField,
});
export type TermsInput = z.infer<typeof termsSchema>;

export const proposeSchema = termsSchema;

export const idSchema = z.object({ id: z.uuid("That isn't a responsibility we know.") });

export const suggestChangeSchema = termsSchema.extend({
  id: z.uuid(),
  note: z.string().trim().max(SUGGESTION_NOTE_MAX, `Keep the note under ${SUGGESTION_NOTE_MAX} characters.`),
});
export type SuggestChangeInput = z.infer<typeof suggestChangeSchema>;

export const requestChangeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["pause", "resume", "retire"]),
});

export const answerChangeSchema = z.object({
  id: z.uuid(),
  confirm: z.boolean(),
});

export const localDayField = withinDays(z.string().refine(isLocalDate, "Use a date like 2026-03-14."));

export const checkOffSchema = z.object({
  id: z.uuid(),
  /** The owner's local day; today when left out. */
  day: localDayField.optional(),
});

export const undoCheckOffSchema = z.object({ id: z.uuid(), day: localDayField });

export const acknowledgeSchema = z.object({ checkOffId: z.uuid() });

/** What the suggest-a-change form holds: the id comes from the card. */
export type SuggestChangeFormInput = Omit<SuggestChangeInput, "id">;
