import { z } from "zod";
import { phases } from "./phases";

// The phase the screen showed: a stale screen (the partner moved in between) gets a CONFLICT, not a surprise.
export const phaseTargetSchema = z.object({
  phase: z.enum(phases, { error: "Choose atone, attune or attach." }),
});
export type PhaseTargetInput = z.input<typeof phaseTargetSchema>;
