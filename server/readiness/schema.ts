import { z } from "zod";
import { READINESS_NOTE_MAX, readinessStates } from "./states";

export { READINESS_NOTE_MAX, readinessStates, type ReadinessStateName } from "./states";

export const setReadinessSchema = z.object({
  state: z.enum(readinessStates, { error: "Choose how you feel about talking right now." }),
  // Empty means "no note": one tap on a state should not need a sentence.
  note: z
    .string()
    .trim()
    .max(READINESS_NOTE_MAX, `Please keep the note under ${READINESS_NOTE_MAX} characters.`)
    .optional()
    .transform((note) => note || null),
});
export type SetReadinessInput = z.input<typeof setReadinessSchema>;
