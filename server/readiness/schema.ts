import { z } from "zod";

// Kept here rather than imported from db/schema, so the panel's bundle carries no Drizzle.
export const readinessStates = ["open_to_talk", "need_space", "need_to_vent"] as const;
export type ReadinessStateName = (typeof readinessStates)[number];

export const READINESS_NOTE_MAX = 140;

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
