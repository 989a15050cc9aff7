import { z } from "zod";

const answer = z
  .number({ error: "Choose an answer." })
  .int("Choose an answer.")
  .min(1, "Choose an answer.")
  .max(5, "Choose an answer.");

export const keepSafetyCheckSchema = z.object({
  answers: z.object({ hurt: answer, insult: answer, threaten: answer, scream: answer }),
});

export const keptCheckIdSchema = z.object({ id: z.uuid("That saved check doesn't exist.") });

export type KeepSafetyCheckInput = z.output<typeof keepSafetyCheckSchema>;
