import { z } from "zod";
import { ideaCategories, ideaReactionValues } from "@/server/domain/date-kinds";
import { timeZoneField } from "../account/schema";
import { isLocalDateTime } from "../domain/zoned-time";
import { versionField, withinDayTimes } from "../input-bounds";
import {
  HINT_MAX,
  IDEA_DESCRIPTION_MAX,
  IDEA_TITLE_MAX,
  PLAN_NOTES_MAX,
  PLAN_PLACE_MAX,
  PLAN_TITLE_MAX,
  REFLECTION_MAX,
} from "./limits";

/** A catalogue id ("home-slow-breakfast") or a partner's idea (a uuid). */
export const ideaIdField = z.string().trim().min(1, "Choose an idea.").max(80, "That idea id is too long.");

export const reactToIdeaSchema = z.object({
  ideaId: ideaIdField,
  reaction: z.enum(ideaReactionValues, { error: "Choose yes, maybe or no." }),
});

export const addIdeaSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give your idea a short name.")
    .max(IDEA_TITLE_MAX, `Keep the name under ${IDEA_TITLE_MAX} characters.`),
  description: z
    .string()
    .trim()
    .max(IDEA_DESCRIPTION_MAX, `Keep it under ${IDEA_DESCRIPTION_MAX} characters.`)
    .default(""),
  category: z.enum(ideaCategories, { error: "Choose a category." }),
});

export const ideaRefSchema = z.object({ ideaId: ideaIdField });

const localDateTime = withinDayTimes(z.string().refine(isLocalDateTime, "Pick a date and a time."));

export const hintField = z.string().trim().max(HINT_MAX, `Keep each hint under ${HINT_MAX} characters.`);

export const surpriseSchema = z.object({
  revealAt: localDateTime,
  // Empty hint boxes are dropped, so a form can always show three.
  hints: z
    .array(hintField)
    .max(5, "Five hints at most — keep some mystery.")
    .default([])
    .transform((hints) => hints.filter((hint) => hint.length > 0)),
});

const planFields = {
  title: z
    .string()
    .trim()
    .min(1, "Give the date a name.")
    .max(PLAN_TITLE_MAX, `Keep the name under ${PLAN_TITLE_MAX} characters.`),
  startsAt: localDateTime,
  endsAt: localDateTime,
  timeZone: timeZoneField,
  place: z.string().trim().max(PLAN_PLACE_MAX, `Keep the place under ${PLAN_PLACE_MAX} characters.`).default(""),
  notes: z
    .string()
    .trim()
    .max(PLAN_NOTES_MAX, `Keep the notes under ${PLAN_NOTES_MAX.toLocaleString("en-GB")} characters.`)
    .default(""),
};

type PlanTimes = { startsAt: string; endsAt: string; surprise?: { revealAt: string } | null };

/**
 * Times are compared as wall-clock strings in the plan's one zone (they sort like
 * instants); the service checks again on the instants.
 */
function checkPlanTimes(plan: PlanTimes, context: z.RefinementCtx) {
  if (plan.endsAt <= plan.startsAt) {
    context.addIssue({ code: "custom", path: ["endsAt"], message: "The end needs to be after the start." });
  }
  if (plan.surprise && plan.surprise.revealAt > plan.startsAt) {
    context.addIssue({
      code: "custom",
      path: ["surprise", "revealAt"],
      message: "Reveal it no later than the date begins.",
    });
  }
}

export const createPlanSchema = z
  .object({
    ...planFields,
    surprise: surpriseSchema.nullable().default(null),
    ideaId: ideaIdField.nullish(),
    memoryId: z.uuid("That memory doesn't exist.").nullish(),
  })
  .superRefine(checkPlanTimes);

export const updatePlanSchema = z
  .object({
    id: z.uuid("That plan doesn't exist."),
    /** The version the editor started from: an older one means the partner changed it meanwhile. */
    version: versionField,
    ...planFields,
    // Only the planner may change this; left out, it stays as it is.
    surprise: surpriseSchema.nullable().optional(),
  })
  .superRefine(checkPlanTimes);

export const planRefSchema = z.object({ id: z.uuid("That plan doesn't exist.") });

export const setPlanStatusSchema = z.object({
  id: z.uuid("That plan doesn't exist."),
  version: versionField,
  status: z.enum(["done", "cancelled"]),
});

export const listPlansSchema = z.object({
  when: z.enum(["upcoming", "past"]).default("upcoming"),
  /** The id of the last plan already shown. */
  cursor: z.uuid().nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const reflectSchema = z.object({
  planId: z.uuid("That plan doesn't exist."),
  body: z
    .string()
    .trim()
    .min(1, "Write a few words first.")
    .max(REFLECTION_MAX, `Keep it under ${REFLECTION_MAX.toLocaleString("en-GB")} characters.`),
});

export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;
export type ListPlansInput = z.infer<typeof listPlansSchema>;
export type AddIdeaInput = z.infer<typeof addIdeaSchema>;
