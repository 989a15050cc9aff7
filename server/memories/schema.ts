import { z } from "zod";
import { withinDays } from "../input-bounds";

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
  title: z.string().trim().min(1, "Give the memory a name.").max(120, "Keep the name under 120 characters."),
  happenedOn: isoDate,
  place: z.string().trim().max(200, "Keep the place under 200 characters.").default(""),
  story: z.string().trim().max(5000, "Keep the story under 5,000 characters.").default(""),
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
