import { z } from "zod";
import { withinDays } from "../input-bounds";
import { MEMORY_PLACE_MAX, MEMORY_STORY_MAX, MEMORY_TITLE_MAX } from "./limits";

const isoDate = withinDays(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick the day it happened.")
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      "That date doesn't exist.",
    ),
);

export const memoryFields = {
  title: z
    .string()
    .trim()
    .min(1, "Give the memory a name.")
    .max(MEMORY_TITLE_MAX, `Keep the name under ${MEMORY_TITLE_MAX} characters.`),
  happenedOn: isoDate,
  place: z.string().trim().max(MEMORY_PLACE_MAX, `Keep the place under ${MEMORY_PLACE_MAX} characters.`).default(""),
  story: z
    .string()
    .trim()
    .max(MEMORY_STORY_MAX, `Keep the story under ${MEMORY_STORY_MAX.toLocaleString("en-GB")} characters.`)
    .default(""),
};

export const createMemorySchema = z.object(memoryFields);
export const updateMemorySchema = z.object({ id: z.uuid("That memory doesn't exist."), ...memoryFields });
export const memoryRefSchema = z.object({ id: z.uuid("That memory doesn't exist.") });

export const listMemoriesSchema = z.object({
  /** The id of the last memory already shown. */
  cursor: z.uuid().nullish(),
  limit: z.number().int().min(1).max(50).default(24),
});

export type CreateMemoryInput = z.infer<typeof createMemorySchema>;
export type UpdateMemoryInput = z.infer<typeof updateMemorySchema>;
export type ListMemoriesInput = z.infer<typeof listMemoriesSchema>;
