import { z } from "zod";
import { DIGEST_PERIODS } from "@/db/schema/mail";

const minuteOfDay = z
  .number()
  .int()
  .min(0, "Choose a time of day.")
  .max(24 * 60 - 1, "Choose a time of day.");

export const notificationSettingsSchema = z.object({
  waiting: z.boolean(),
  dates: z.boolean(),
  milestones: z.boolean(),
  period: z.enum(DIGEST_PERIODS, { error: "Choose how often." }),
  quietStart: minuteOfDay,
  quietEnd: minuteOfDay,
  showDetails: z.boolean(),
});

export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
