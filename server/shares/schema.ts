import { z } from "zod";
import { shareSectionKeys } from "./sections";

export const SHARE_DEFAULT_DAYS = 14;
export const SHARE_MAX_DAYS = 90;

export const proposeShareSchema = z.object({
  sections: z
    .array(z.enum(shareSectionKeys, { error: "Choose from the sections listed." }))
    .min(1, "Tick at least one section to share.")
    .max(shareSectionKeys.length)
    .transform((sections) => [...new Set(sections)]),
  lifetimeDays: z
    .number({ error: "Choose how many days the link should last." })
    .int("Choose a whole number of days.")
    .min(1, "A link lasts at least one day.")
    .max(SHARE_MAX_DAYS, `A link lasts ${SHARE_MAX_DAYS} days at most.`)
    .default(SHARE_DEFAULT_DAYS),
});

export const shareIdSchema = z.object({ id: z.uuid("That share doesn't exist.") });

export type ProposeShareInput = z.output<typeof proposeShareSchema>;
