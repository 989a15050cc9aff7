import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notificationSettings } from "@/db/schema";
import type { NotificationSettingsInput } from "./schema";

const OFF = {
  waiting: false,
  dates: false,
  milestones: false,
  period: "twice_daily",
  quietStart: 22 * 60,
  quietEnd: 8 * 60,
  showDetails: false,
} as const;

export async function loadNotificationSettings(db: Executor, userId: string) {
  const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
  if (!row) return { ...OFF };
  const { waiting, dates, milestones, period, quietStart, quietEnd, showDetails } = row;
  return { waiting, dates, milestones, period, quietStart, quietEnd, showDetails };
}

export async function saveNotificationSettings(
  db: Executor,
  userId: string,
  input: NotificationSettingsInput,
  now: Date,
) {
  // Turning mail on starts from now: nothing that happened before is sent.
  await db
    .insert(notificationSettings)
    .values({ userId, ...input, seenThrough: now })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: input });
}

/** The app was open: what happened until now is seen, and no mail will count it. */
export async function markSeen(db: Executor, userId: string, now: Date) {
  await db.update(notificationSettings).set({ seenThrough: now }).where(eq(notificationSettings.userId, userId));
}

/** One click from a mail, signed in or not: every kind off. */
export async function unsubscribeEverything(db: Executor, userId: string) {
  await db
    .update(notificationSettings)
    .set({ waiting: false, dates: false, milestones: false })
    .where(eq(notificationSettings.userId, userId));
}
