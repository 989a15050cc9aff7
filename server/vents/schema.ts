import { z } from "zod";
import { appInstant } from "../input-bounds";
import { VENT_MAX, VENTS_PAGE_SIZE } from "./limits";

export { VENT_MAX, VENTS_PAGE_SIZE } from "./limits";

export const writeVentSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write what you need to let out; it can be a few words.")
    .max(VENT_MAX, `Please keep this under ${VENT_MAX} characters.`),
});
export type WriteVentInput = z.input<typeof writeVentSchema>;

export const ventIdSchema = z.object({ id: z.uuid("That vent id isn't valid.") });

export const listVentsSchema = z.object({
  // Keyset cursor: the last vent of the previous page.
  cursor: z.object({ createdAt: appInstant(), id: z.uuid() }).nullish(),
  limit: z.number().int().min(1).max(50).default(VENTS_PAGE_SIZE),
});
export type ListVentsInput = z.input<typeof listVentsSchema>;
