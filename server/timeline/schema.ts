import { z } from "zod";
import { withinDays } from "../input-bounds";
import { MILESTONE_NOTE_MAX, MILESTONE_TITLE_MAX, TIMELINE_PAGE_SIZE, timelineKinds } from "./limits";

export {
  MILESTONE_NOTE_MAX,
  MILESTONE_TITLE_MAX,
  TIMELINE_PAGE_SIZE,
  timelineKinds,
  type TimelineKind,
} from "./limits";

const day = withinDays(z.iso.date("Choose a date."));

export const listTimelineSchema = z.object({
  kind: z.enum(timelineKinds).nullish(),
  // Keyset cursor: the last milestone of the previous page.
  cursor: z.object({ occurredOn: day, id: z.uuid() }).nullish(),
  limit: z.number().int().min(1).max(100).default(TIMELINE_PAGE_SIZE),
});
export type ListTimelineInput = z.input<typeof listTimelineSchema>;

export const addMilestoneSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the moment a name.")
    .max(MILESTONE_TITLE_MAX, `Please keep the title under ${MILESTONE_TITLE_MAX} characters.`),
  occurredOn: day,
  note: z
    .string()
    .trim()
    .max(MILESTONE_NOTE_MAX, `Please keep the note under ${MILESTONE_NOTE_MAX} characters.`)
    .optional()
    .transform((note) => note || null),
});
export type AddMilestoneInput = z.input<typeof addMilestoneSchema>;

export const milestoneIdSchema = z.object({ id: z.uuid("That milestone id isn't valid.") });
