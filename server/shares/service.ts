import { and, desc, eq, gt, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import {
  coupleMembers,
  couples,
  counsellorShares,
  counsellorShareVisits,
  users,
  type CounsellorShare,
} from "@/db/schema";
import { generateInviteCode, hashInviteCode, isWellFormedInviteCode } from "../domain/invite-code";
import { dayOfRepair, localToday } from "../domain/day-count";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import { recordAttempt, TooManyAttemptsError, type AttemptLimit } from "../rate-limit";
import { personOf, type CoupleViewer, type PartneredViewer } from "../viewer";
import { sectionChoices, shareSections, type BothSides, type SectionView, type ShareSectionKey } from "./sections";
import type { ProposeShareInput } from "./schema";

const TOPIC = "shares";
const UNIQUE_VIOLATION = "23505";
/** Visits this close together are one opening: a reload is not news. */
const VISIT_MERGE_MS = 30 * 60_000;
const LISTED_SHARES = 20;
const LISTED_VISITS = 20;

/**
 * A counsellor reads a page a handful of times a day; a flood is someone guessing links.
 * Per address first, so a guesser is slowed whatever token they try; per share, so a link
 * that leaked cannot be hammered.
 */
export const SHARE_VIEW_LIMITS = {
  perIp: { max: Number(process.env.SHARE_VIEWS_PER_IP ?? 60), windowMinutes: 15 },
  perShare: { max: Number(process.env.SHARE_VIEWS_PER_LINK ?? 120), windowMinutes: 15 },
} satisfies Record<string, AttemptLimit>;

function notFound() {
  return new DomainError("NOT_FOUND", "We couldn't find that share. It may have ended.");
}

function isUniqueViolation(error: unknown) {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}

/** A link's token: the invites' 136 random bits and base32; only its SHA-256 is kept. */
function newToken() {
  const token = generateInviteCode();
  return { token, tokenHash: hashInviteCode(token) };
}

/** One partner proposes what to share and for how long; nothing is shared until the other accepts. */
export async function proposeShare(db: Database, viewer: PartneredViewer, input: ProposeShareInput, now: Date) {
  try {
    const [row] = await db
      .insert(counsellorShares)
      .values({
        coupleId: viewer.couple.id,
        sections: input.sections,
        lifetimeDays: input.lifetimeDays,
        proposedBy: viewer.me.id,
        proposedAt: now,
      })
      .returning({ id: counsellorShares.id });
    await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
    return { id: row!.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", "A proposal is already waiting. Answer or withdraw it before making another.");
    }
    throw error;
  }
}

/**
 * The other partner agrees: the link is made now, its days counted from now, and shown
 * once, to the one who accepted (only its hash is kept). The conditional UPDATE makes a
 * double tap or a race with a withdrawal accept at most once.
 */
export async function acceptShare(db: Database, viewer: PartneredViewer, id: string, now: Date) {
  const { token, tokenHash } = newToken();
  const [row] = await db
    .update(counsellorShares)
    .set({
      acceptedBy: viewer.me.id,
      acceptedAt: now,
      tokenHash,
      linkMadeBy: viewer.me.id,
      linkMadeAt: now,
      expiresAt: sql`${now.toISOString()}::timestamptz + make_interval(days => ${counsellorShares.lifetimeDays})`,
    })
    .where(
      and(
        eq(counsellorShares.id, id),
        eq(counsellorShares.coupleId, viewer.couple.id),
        isNull(counsellorShares.acceptedAt),
        isNull(counsellorShares.endedAt),
        ne(counsellorShares.proposedBy, viewer.me.id),
      ),
    )
    .returning({ expiresAt: counsellorShares.expiresAt });
  if (!row) throw await whyNot(db, viewer, id, "accept");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { token, expiresAt: row.expiresAt! };
}

/** A lost link is replaced: the old one stops working at once, and the new one is shown once. */
export async function renewShareLink(db: Database, viewer: PartneredViewer, id: string, now: Date) {
  const { token, tokenHash } = newToken();
  const [row] = await db
    .update(counsellorShares)
    .set({ tokenHash, linkMadeBy: viewer.me.id, linkMadeAt: now })
    .where(
      and(
        eq(counsellorShares.id, id),
        eq(counsellorShares.coupleId, viewer.couple.id),
        isNull(counsellorShares.endedAt),
        gt(counsellorShares.expiresAt, now),
      ),
    )
    .returning({ expiresAt: counsellorShares.expiresAt });
  if (!row) throw await whyNot(db, viewer, id, "renew");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { token, expiresAt: row.expiresAt! };
}

/** Either partner ends it, at any moment, with no reason asked: withdrawing, declining or revoking. */
export async function endShare(db: Database, viewer: CoupleViewer, id: string, now: Date) {
  const [row] = await db
    .update(counsellorShares)
    .set({ endedAt: now, endedBy: viewer.me.id })
    .where(
      and(
        eq(counsellorShares.id, id),
        eq(counsellorShares.coupleId, viewer.couple.id),
        isNull(counsellorShares.endedAt),
      ),
    )
    .returning({ id: counsellorShares.id });
  if (!row) throw await whyNot(db, viewer, id, "end");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id };
}

async function whyNot(db: Executor, viewer: CoupleViewer, id: string, act: "accept" | "renew" | "end") {
  const [share] = await db
    .select()
    .from(counsellorShares)
    .where(and(eq(counsellorShares.id, id), eq(counsellorShares.coupleId, viewer.couple.id)));
  if (!share) return notFound();
  if (share.endedAt) return new DomainError("CONFLICT", "This share has already ended.");
  if (act === "accept" && share.acceptedAt) return new DomainError("CONFLICT", "This share was already accepted.");
  if (act === "accept")
    return new DomainError("FORBIDDEN", "Your partner answers your proposal: it needs both of you.");
  if (act === "renew" && !share.acceptedAt)
    return new DomainError("CONFLICT", "There's no link yet: it's made when your partner accepts.");
  return new DomainError("CONFLICT", "This share has expired. Propose a new one if you'd like to keep sharing.");
}

export type ShareStatus = "proposed" | "active" | "expired" | "ended";

function statusOf(share: CounsellorShare, now: Date): ShareStatus {
  if (share.endedAt) return "ended";
  if (!share.acceptedAt) return "proposed";
  return share.expiresAt! > now ? "active" : "expired";
}

const sectionLabels = new Map(sectionChoices().map((choice) => [choice.key as string, choice.label]));

/** The couple's shares, newest first, each with when its page was opened: both partners see the same. */
export async function listShares(db: Executor, viewer: CoupleViewer, now: Date) {
  const rows = await db
    .select()
    .from(counsellorShares)
    .where(eq(counsellorShares.coupleId, viewer.couple.id))
    .orderBy(desc(counsellorShares.proposedAt), desc(counsellorShares.id))
    .limit(LISTED_SHARES);
  // Each share's latest openings and how many there were, in one query however long its log.
  const ranked = db
    .select({
      shareId: counsellorShareVisits.shareId,
      visitedAt: counsellorShareVisits.visitedAt,
      rank: sql<number>`row_number() over (partition by ${counsellorShareVisits.shareId} order by ${counsellorShareVisits.visitedAt} desc)`.as(
        "rank",
      ),
      total: sql<number>`(count(*) over (partition by ${counsellorShareVisits.shareId}))::int`.as("total"),
    })
    .from(counsellorShareVisits)
    .where(
      inArray(
        counsellorShareVisits.shareId,
        rows.map((row) => row.id),
      ),
    )
    .as("ranked");
  const visits = rows.length
    ? await db.select().from(ranked).where(lte(ranked.rank, LISTED_VISITS)).orderBy(desc(ranked.visitedAt))
    : [];
  const person = (userId: string | null) =>
    userId ? { name: personOf(viewer, userId).name, isMe: userId === viewer.me.id } : null;
  return {
    choices: sectionChoices(),
    shares: rows.map((row) => {
      const status = statusOf(row, now);
      const opened = visits.filter((visit) => visit.shareId === row.id);
      const visitCount = opened[0]?.total ?? 0;
      return {
        id: row.id,
        status,
        sections: row.sections.flatMap((key) =>
          sectionLabels.has(key) ? [{ key, label: sectionLabels.get(key)! }] : [],
        ),
        lifetimeDays: row.lifetimeDays,
        proposedBy: person(row.proposedBy),
        proposedAt: row.proposedAt,
        awaitingMyAnswer: status === "proposed" && row.proposedBy !== viewer.me.id,
        acceptedBy: person(row.acceptedBy),
        acceptedAt: row.acceptedAt,
        expiresAt: row.expiresAt,
        /** Who holds the current link: it is shown only to whoever made it. */
        linkMadeBy: person(row.linkMadeBy),
        linkMadeAt: row.linkMadeAt,
        endedBy: person(row.endedBy),
        endedAt: row.endedAt,
        visitCount,
        visits: opened.map((visit) => visit.visitedAt),
      };
    }),
  };
}

export type ShareListing = Awaited<ReturnType<typeof listShares>>;

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
      day: dayOfRepair(first.couple.repairBeganOn, localToday(now, first.me.timeZone)),
      expiresAt: share.expiresAt!,
      expiresOn: localToday(share.expiresAt!, first.me.timeZone),
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
