import { and, desc, eq, gt, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { counsellorShares, counsellorShareVisits, type CounsellorShare } from "@/db/schema";
import { generateInviteCode, hashInviteCode } from "../domain/invite-code";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import { personOf, type CoupleViewer, type PartneredViewer } from "../viewer";
import { sectionChoices } from "./sections";
import type { ProposeShareInput } from "./schema";

const TOPIC = "shares";
const UNIQUE_VIOLATION = "23505";
const LISTED_SHARES = 20;
const LISTED_VISITS = 20;

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

// The counsellor's side of a share (opening it by its link) lives in view.ts.
export { SHARE_VIEW_LIMITS, viewShare } from "./view";
