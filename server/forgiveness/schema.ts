import { z } from "zod";
import { appInstant } from "../input-bounds";
import { NOTE_MAX, PART_MAX, requestKinds } from "./limits";

export { HISTORY_PAGE_SIZE, NOTE_MAX, PART_MAX, requestKinds } from "./limits";

const requestId = z.uuid("That request id isn't valid.");
const kind = z.enum(requestKinds, { error: "Choose a forgiveness or a second-chance request." });

/** A part while it is being written: anything up to the limit, empty included. */
const draftPart = z.string().max(PART_MAX, `Please keep this under ${PART_MAX} characters.`).default("");
/** A part as it is sent: something in it. */
const sentPart = (empty: string) =>
  z.string().trim().min(1, empty).max(PART_MAX, `Please keep this under ${PART_MAX} characters.`);

export const saveDraftSchema = z.object({
  id: requestId,
  kind,
  whatIDid: draftPart,
  howItHurt: draftPart,
  whatIAmDoing: draftPart,
  ask: draftPart,
});

const sendForgiveness = z.object({
  id: requestId,
  kind: z.literal("forgiveness"),
  whatIDid: sentPart("Say in your own words what you did."),
  howItHurt: sentPart("Say how you understand it hurt them."),
  whatIAmDoing: sentPart("Say what you are doing about it."),
});

const sendSecondChance = z.object({
  id: requestId,
  kind: z.literal("second_chance"),
  ask: sentPart("Write what you are asking for."),
  // Optional: the kept actions that say more than promises.
  whatIAmDoing: draftPart,
});

/** Sending saves the last words too, so nothing typed after the last autosave is lost. */
export const sendSchema = z.discriminatedUnion("kind", [sendForgiveness, sendSecondChance]);

export const requestIdSchema = z.object({ id: requestId });

export const answerSchema = z.discriminatedUnion("answer", [
  z.object({ id: requestId, answer: z.literal("forgive") }),
  z.object({
    id: requestId,
    answer: z.literal("more_time"),
    note: z.string().trim().max(NOTE_MAX, `Please keep your note under ${NOTE_MAX} characters.`).optional(),
  }),
  z.object({ id: requestId, answer: z.literal("not_ready") }),
]);

export const historySchema = z.object({
  cursor: z.object({ closedAt: appInstant(), id: requestId }).nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

export type SaveDraftInput = z.infer<typeof saveDraftSchema>;
export type SendInput = z.infer<typeof sendSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
export type HistoryInput = z.infer<typeof historySchema>;
