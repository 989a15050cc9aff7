import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { coupleMembers, couples, counsellorShares, counsellorShareVisits, users } from "@/db/schema";
import { hashInviteCode, isWellFormedInviteCode } from "../domain/invite-code";
import { dayOfRepair } from "../domain/day-count";
import { localDateOf } from "../domain/zoned-time";
import { recordAttempt, TooManyAttemptsError, type AttemptLimit } from "../rate-limit";
import type { PartneredViewer } from "../viewer";
import { shareSections, type BothSides, type SectionView, type ShareSectionKey } from "./sections";

/** Visits this close together are one opening: a reload is not news. */
const VISIT_MERGE_MS = 30 * 60_000;

/**
 * A counsellor reads a page a handful of times a day; a flood is someone guessing links.
 * Per address first, so a guesser is slowed whatever token they try; per share, so a link
 * that leaked cannot be hammered.
 */
export const SHARE_VIEW_LIMITS = {
  perIp: { max: Number(process.env.SHARE_VIEWS_PER_IP ?? 60), windowMinutes: 15 },
  perShare: { max: Number(process.env.SHARE_VIEWS_PER_LINK ?? 120), windowMinutes: 15 },
} satisfies Record<string, AttemptLimit>;

/** An open share by its token: accepted, not ended, not expired, in a space still open. */
async function findOpenShare(db: Executor, token: string, now: Date) {
  if (!isWellFormedInviteCode(token)) return null;
  const [share] = await db
    .select({
      id: counsellorShares.id,
      coupleId: counsellorShares.coupleId,
      sections: counsellorShares.sections,
      expiresAt: counsellorShares.expiresAt,
    })
    .from(counsellorShares)
    .innerJoin(couples, and(eq(couples.id, counsellorShares.coupleId), eq(couples.status, "active")))
    .where(
      and(
        eq(counsellorShares.tokenHash, hashInviteCode(token)),
        isNull(counsellorShares.endedAt),
        gt(counsellorShares.expiresAt, now),
      ),
    )
    .limit(1);
  return share ?? null;
}

/** Both partners of the share's couple, each as the viewer the features' services take. */
async function bothSides(db: Executor, coupleId: string): Promise<BothSides | null> {
  const members = await db
    .select({
      seat: coupleMembers.seat,
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      repairBeganOn: couples.repairBeganOn,
    })
    .from(coupleMembers)
    .innerJoin(users, eq(users.id, coupleMembers.userId))
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(and(eq(coupleMembers.coupleId, coupleId), eq(coupleMembers.active, true)))
    .orderBy(coupleMembers.seat);
  const [first, second] = members;
  if (!first || !second) return null;
  const side = (me: typeof first, partner: typeof first): PartneredViewer => ({
    me: { id: me.id, name: me.name, email: me.email, timeZone: me.timeZone },
    partner: { id: partner.id, name: partner.name, timeZone: partner.timeZone },
    couple: { id: coupleId, repairBeganOn: me.repairBeganOn, seat: me.seat },
  });
  return [side(first, second), side(second, first)];
}

export type ShareView =
  | { found: false }
  | { found: true; tooManyVisits: { retryAfterMinutes: number } }
  | {
      found: true;
      tooManyVisits: null;
      names: [string, string];
      day: number;
      expiresAt: Date;
      /** The last day it works, on the first partner's calendar. */
      expiresOn: string;
      sections: ({ key: ShareSectionKey; label: string } & SectionView)[];
    };

/**
 * What the counsellor's page shows, and the visit it records. A wrong, expired, ended or
 * closed-space token all read as `found: false`, and cost the same rate-limit step, so
 * nothing tells them apart.
 */
export async function viewShare(db: Database, token: string, ip: string | null, now: Date): Promise<ShareView> {
  try {
    if (ip) await recordAttempt(db, [{ key: `share-ip:${ip}`, limit: SHARE_VIEW_LIMITS.perIp }], now);
    const share = await findOpenShare(db, token, now);
    if (!share) return { found: false };
    await recordAttempt(db, [{ key: `share:${share.id}`, limit: SHARE_VIEW_LIMITS.perShare }], now);
    const sides = await bothSides(db, share.coupleId);
    if (!sides) return { found: false };
    const keys = share.sections.filter((key): key is ShareSectionKey => key in shareSections);
    const views = await Promise.all(keys.map((key) => shareSections[key].read(db, sides, now)));
    await recordVisit(db, share.id, now);
    const [first, second] = sides;
    return {
      found: true,
      tooManyVisits: null,
      names: [first.me.name, second.me.name],
      day: dayOfRepair(first.couple.repairBeganOn, localDateOf(now, first.me.timeZone)),
      expiresAt: share.expiresAt!,
      expiresOn: localDateOf(share.expiresAt!, first.me.timeZone),
      sections: keys.map((key, index) => ({ key, label: shareSections[key].label, ...views[index]! })),
    };
  } catch (error) {
    if (error instanceof TooManyAttemptsError)
      return { found: true, tooManyVisits: { retryAfterMinutes: error.retryAfterMinutes } };
    throw error;
  }
}

/** One row per opening; a reload within half an hour is the same opening. */
async function recordVisit(db: Executor, shareId: string, now: Date) {
  const since = new Date(now.getTime() - VISIT_MERGE_MS).toISOString();
  await db.execute(sql`
    insert into ${counsellorShareVisits} (share_id, visited_at)
    select ${shareId}::uuid, ${now.toISOString()}::timestamptz
    where not exists (select 1 from ${counsellorShareVisits} where share_id = ${shareId}::uuid and visited_at > ${since}::timestamptz)`);
}
