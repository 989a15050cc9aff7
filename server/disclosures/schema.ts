import { z } from "zod";

import { DISCLOSURE_MAX, DISCLOSURES_PAGE_SIZE } from "./limits";

export { DISCLOSURE_MAX, DISCLOSURES_PAGE_SIZE };

export const writeDisclosureSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write what you'd like to tell; a few words are enough.")
    .max(DISCLOSURE_MAX, `Please keep this under ${DISCLOSURE_MAX} characters.`),
});
export type WriteDisclosureInput = z.input<typeof writeDisclosureSchema>;

export const disclosureIdSchema = z.object({ id: z.uuid("That disclosure id isn't valid.") });

export const listDisclosuresSchema = z.object({
  // Keyset cursor: the last disclosure of the previous page.
  cursor: z
    .object({ createdAt: z.date().min(new Date("2000-01-01")).max(new Date("2100-01-01")), id: z.uuid() })
    .nullish(),
  limit: z.number().int().min(1).max(50).default(DISCLOSURES_PAGE_SIZE),
});
export type ListDisclosuresInput = z.input<typeof listDisclosuresSchema>;
