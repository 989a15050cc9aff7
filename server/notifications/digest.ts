import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notificationEvents, notificationSettings, users, type NotificationKind } from "@/db/schema";
import { enqueueJob } from "../jobs/queue";
import { sendMail } from "../mail/send";
import { mailEnabled } from "../mail/config";
import { nextDigestAt } from "./schedule";
import { digestMail, eventLink } from "./digest-mail";

/**
 * The digest job for one person. Waits (by queueing itself again) until the period since
 * the last mail is over and the quiet hours have ended; then takes the waiting events,
 * leaves out what the person has seen in the app since, and sends one mail with counts.
 * The events are marked with this job's id, so a retry after a failed send mails the
 * same things once more and never anything twice over.
 */
export async function runDigest(db: Database, userId: string, jobId: string, now: Date) {
  // A server without mail has nothing to send (settings can't be turned on there).
  if (!mailEnabled()) return;
  const [person] = await db
    .select({ email: users.email, timeZone: users.timeZone, settings: notificationSettings })
    .from(users)
    .innerJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(eq(users.id, userId));
  if (!person) return;
  const { settings } = person;
  const due = nextDigestAt({ ...settings, timeZone: person.timeZone }, settings.lastSentAt, now);
  if (due.getTime() > now.getTime()) {
    await enqueueJob(
      db,
      "notification_digest",
      { userId },
      { runAt: due, jobKey: `digest:${userId}`, jobKeyMode: "replace" },
    );
    return;
  }
  const enabled = (["waiting", "dates", "milestones"] as const).filter((kind) => settings[kind]);
  const claimed = await db
    .update(notificationEvents)
    .set({ digestedAt: now, digestJobId: jobId })
    .where(
      and(
        eq(notificationEvents.userId, userId),
        or(isNull(notificationEvents.digestedAt), eq(notificationEvents.digestJobId, jobId)),
      ),
    )
    .returning({ id: notificationEvents.id, kind: notificationEvents.kind, createdAt: notificationEvents.createdAt });
  const seenThrough = settings.seenThrough?.getTime() ?? 0;
  const unseen = claimed.filter((event) => event.createdAt.getTime() > seenThrough && enabled.includes(event.kind));
  if (unseen.length === 0) return;
  const counts: Partial<Record<NotificationKind, number>> = {};
  for (const event of unseen) counts[event.kind] = (counts[event.kind] ?? 0) + 1;
  const link = eventLink(unseen.length === 1 ? unseen[0]!.id : null);
  await sendMail(digestMail(person.email, userId, counts, { showDetails: settings.showDetails, link }));
  await db
    .update(notificationSettings)
    .set({ lastSentAt: sql`greatest(${notificationSettings.lastSentAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(notificationSettings.userId, userId));
}
