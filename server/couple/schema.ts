import { z } from "zod";
import { withinDays } from "../input-bounds";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-14.");

export const createCoupleSchema = z.object({
  repairBeganOn: withinDays(isoDate.refine((value) => !Number.isNaN(Date.parse(value)), "That date doesn't exist.")),
});

export const inviteCodeSchema = z.object({
  code: z.string().trim().min(1, "Enter the invite code.").max(64, "That code is too long."),
});

export const unlinkSchema = z.object({
  confirm: z.literal(true, { error: "Please confirm that you want to unlink." }),
});

export type CreateCoupleInput = z.infer<typeof createCoupleSchema>;
