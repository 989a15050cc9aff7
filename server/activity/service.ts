import { and, desc, eq, gt, ne, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { activityEvents, activitySeen } from "@/db/schema";
import type { CoupleViewer } from "../viewer";

/** Past this the shell says "99+": a count that keeps climbing reads as a debt, not news. */
export const UNREAD_CAP = 99;

export type ActivityRecord = { coupleId: string; actorId: string; topic: string; at: Date };

/** Notes that someone did something in the couple space (called by the live bus for every couple-wide event). */
export async function recordActivity(db: Executor, record: ActivityRecord) {
  await db.insert(activityEvents).values({
    coupleId: record.coupleId,
    actorId: record.actorId,
    topic: record.topic,
    occurredAt: record.at,
  });
}

/** Whether anyone did anything in the couple space after `since` (a screen checking it missed nothing). */
export async function hasActivitySince(db: Executor, coupleId: string, since: Date) {
  const [row] = await db
    .select({ one: sql`1` })
    .from(activityEvents)
    .where(and(eq(activityEvents.coupleId, coupleId), gt(activityEvents.occurredAt, since)))
    .limit(1);
  return row !== undefined;
}

/**
 * What the partner did since I last looked: how many acts, and how many of each feature's
 * topic (so the shell can say what changed, not only that something did). Only my own
 * "last looked" is read, and only the partner's acts are counted: my own actions are never
 * news to me, and my looking is never shown to the partner.
 */
/**
 * The partner's acts since my marker, counted by topic, as a named statement built once: the
 * shell asks on every page, and an unnamed one would wait for a describe round trip first.
 */
const unreadByTopic = preparedQuery((db) => {
  const seenAt = db
    .select({ seenAt: activitySeen.seenAt })
    .from(activitySeen)
    .where(and(eq(activitySeen.coupleId, sql.placeholder("coupleId")), eq(activitySeen.userId, sql.placeholder("me"))));
  const counted = db
    .select({ topic: activityEvents.topic })
    .from(activityEvents)
    .where(
      and(
        eq(activityEvents.coupleId, sql.placeholder("coupleId")),
        ne(activityEvents.actorId, sql.placeholder("me")),
        gt(activityEvents.occurredAt, sql`coalesce((${seenAt}), '-infinity'::timestamptz)`),
      ),
    )
    .limit(UNREAD_CAP + 1)
    .as("counted");
  return db
    .select({ topic: counted.topic, count: sql<number>`count(*)::int` })
    .from(counted)
    .groupBy(counted.topic)
    .orderBy(desc(sql`count(*)`), counted.topic)
    .prepare("unread_activity_by_topic");
});

export async function countUnreadActivity(db: Executor, viewer: CoupleViewer) {
  const rows = await unreadByTopic(db).execute({ coupleId: viewer.couple.id, me: viewer.me.id });
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  return { count: Math.min(count, UNREAD_CAP), more: count > UNREAD_CAP, topics: rows };
}

/** "I've looked": private to me, it only moves my own marker forward. */
export async function markActivitySeen(db: Executor, viewer: CoupleViewer, now: Date) {
  await db
    .insert(activitySeen)
    .values({ coupleId: viewer.couple.id, userId: viewer.me.id, seenAt: now })
    .onConflictDoUpdate({
      target: [activitySeen.coupleId, activitySeen.userId],
      // Never backwards: a late request from an older tab must not bring old news back.
      set: { seenAt: sql`greatest(${activitySeen.seenAt}, excluded.seen_at)` },
    });
  return countUnreadActivity(db, viewer);
}
