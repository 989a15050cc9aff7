import { and, desc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { preparedQuery, type Database, type Executor } from "@/db/client";
import { coupleInvites, coupleMembers, couples, milestones, users } from "@/db/schema";
import { recordMilestone } from "../milestones/record";
import { announce } from "../live/bus";
import { DomainError } from "../errors";
import {
  INVITE_LIFETIME_DAYS,
  formatInviteCode,
  generateInviteCode,
  hashInviteCode,
  isWellFormedInviteCode,
} from "../domain/invite-code";
import type { CoupleViewer, Viewer } from "../viewer";
import type { CreateCoupleInput } from "./schema";

const UNIQUE_VIOLATION = "23505";

/** The live topic of who is in the space: the shell and every screen depend on it. */
export const COUPLE_TOPIC = "couple";

function isUniqueViolation(error: unknown, constraint?: string) {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  const pgError = (cause ?? error) as { code?: string; constraint_name?: string };
  return pgError.code === UNIQUE_VIOLATION && (!constraint || pgError.constraint_name === constraint);
}

async function issueInvite(db: Executor, coupleId: string, userId: string, now: Date) {
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 86_400_000);
  await db
    .insert(coupleInvites)
    .values({ coupleId, createdBy: userId, codeHash: hashInviteCode(code), expiresAt, createdAt: now });
  return { code: formatInviteCode(code), expiresAt };
}

/** Creates the couple space with its creator in seat 1 and a first invite, all or nothing. */
export async function createCouple(db: Database, viewer: Viewer, input: CreateCoupleInput, now: Date) {
  if (viewer.couple) throw new DomainError("CONFLICT", "You already have a couple space.");
  try {
    return await db.transaction(async (tx) => {
      const [couple] = await tx
        .insert(couples)
        .values({ repairBeganOn: input.repairBeganOn, createdBy: viewer.me.id })
        .returning({ id: couples.id });
      await tx.insert(coupleMembers).values({ coupleId: couple!.id, seat: 1, userId: viewer.me.id });
      await recordMilestone(tx, {
        coupleId: couple!.id,
        kind: "began",
        title: "We began mending",
        occurredOn: input.repairBeganOn,
        createdBy: viewer.me.id,
        sourceId: couple!.id,
      });
      const invite = await issueInvite(tx, couple!.id, viewer.me.id, now);
      return { coupleId: couple!.id, invite };
    });
  } catch (error) {
    if (isUniqueViolation(error, "couple_members_one_active_per_user")) {
      throw new DomainError("CONFLICT", "You already have a couple space.");
    }
    throw error;
  }
}

function assertWaitingForPartner(viewer: CoupleViewer) {
  if (viewer.partner) throw new DomainError("CONFLICT", "Your partner has already joined.");
}

/** Revokes any open invite and issues a fresh one: the old link stops working at once. */
export async function replaceInvite(db: Database, viewer: CoupleViewer, now: Date) {
  assertWaitingForPartner(viewer);
  return db.transaction(async (tx) => {
    await revokeOpenInvites(tx, viewer.couple.id, now);
    return issueInvite(tx, viewer.couple.id, viewer.me.id, now);
  });
}

export async function revokeInvite(db: Database, viewer: CoupleViewer, now: Date) {
  assertWaitingForPartner(viewer);
  await revokeOpenInvites(db, viewer.couple.id, now);
}

export async function revokeOpenInvites(db: Executor, coupleId: string, now: Date) {
  await db
    .update(coupleInvites)
    .set({ revokedAt: now })
    .where(
      and(eq(coupleInvites.coupleId, coupleId), isNull(coupleInvites.redeemedAt), isNull(coupleInvites.revokedAt)),
    );
}

/** The open invite's expiry (never its code: only the hash is kept). */
const openInvite = preparedQuery((db) =>
  db
    .select({ expiresAt: coupleInvites.expiresAt, createdAt: coupleInvites.createdAt })
    .from(coupleInvites)
    .where(
      and(
        eq(coupleInvites.coupleId, sql.placeholder("coupleId")),
        isNull(coupleInvites.redeemedAt),
        isNull(coupleInvites.revokedAt),
        gt(coupleInvites.expiresAt, sql.placeholder("now")),
      ),
    )
    .orderBy(desc(coupleInvites.createdAt))
    .limit(1)
    .prepare("open_invite"),
);

export async function currentInvite(db: Executor, viewer: CoupleViewer, now: Date) {
  const [invite] = await openInvite(db).execute({ coupleId: viewer.couple.id, now: now.toISOString() });
  return invite ?? null;
}

type InviteProblem = { code: "NOT_FOUND" | "CONFLICT"; message: string };

function inviteProblem(
  invite: { redeemedAt: Date | null; revokedAt: Date | null; expiresAt: Date; status: string | null } | undefined,
  now: Date,
): InviteProblem | null {
  if (!invite)
    return {
      code: "NOT_FOUND",
      message: "This invite code isn't one we know. Check it, or ask your partner for a new link.",
    };
  if (invite.redeemedAt)
    return { code: "CONFLICT", message: "This invite has already been used. Ask your partner for a new link." };
  if (invite.revokedAt)
    return { code: "CONFLICT", message: "This invite was cancelled. Ask your partner for a new link." };
  if (invite.expiresAt <= now)
    return {
      code: "CONFLICT",
      message: "This invite has expired (links last 7 days). Ask your partner for a new one.",
    };
  if (invite.status !== "active") return { code: "CONFLICT", message: "This couple space has been closed." };
  return null;
}

async function findInvite(db: Executor, code: string) {
  if (!isWellFormedInviteCode(code)) return undefined;
  const [invite] = await db
    .select({
      coupleId: coupleInvites.coupleId,
      redeemedAt: coupleInvites.redeemedAt,
      revokedAt: coupleInvites.revokedAt,
      expiresAt: coupleInvites.expiresAt,
      status: couples.status,
      inviterName: users.name,
    })
    .from(coupleInvites)
    .innerJoin(couples, eq(couples.id, coupleInvites.coupleId))
    .innerJoin(users, eq(users.id, coupleInvites.createdBy))
    .where(eq(coupleInvites.codeHash, hashInviteCode(code)))
    .limit(1);
  return invite;
}

/** What the join page shows before anyone signs in: whose invite it is, or why it can't be used. */
export async function previewInvite(db: Executor, code: string, now: Date) {
  const invite = await findInvite(db, code);
  const problem = inviteProblem(invite, now);
  if (problem) return { valid: false as const, reason: problem.message };
  return { valid: true as const, inviterName: invite!.inviterName, expiresAt: invite!.expiresAt };
}

/**
 * Redeems an invite: the conditional UPDATE claims the code atomically, so of many
 * people redeeming one code at once exactly one gets it; the seat and one-active-couple
 * constraints in the database back it up.
 */
export async function joinCouple(db: Database, viewer: Viewer, code: string, now: Date) {
  if (viewer.couple) {
    throw new DomainError(
      "CONFLICT",
      "You're already in a couple space. Unlink it in Settings before joining another.",
    );
  }
  let joined: { coupleId: string };
  try {
    joined = await db.transaction(async (tx) => {
      const [claimed] = isWellFormedInviteCode(code)
        ? await tx
            .update(coupleInvites)
            .set({ redeemedAt: now, redeemedBy: viewer.me.id })
            .where(
              and(
                eq(coupleInvites.codeHash, hashInviteCode(code)),
                isNull(coupleInvites.redeemedAt),
                isNull(coupleInvites.revokedAt),
                gt(coupleInvites.expiresAt, now),
              ),
            )
            .returning({ coupleId: coupleInvites.coupleId, createdBy: coupleInvites.createdBy })
        : [];
      if (!claimed) {
        const problem = inviteProblem(await findInvite(tx, code), now);
        throw new DomainError(problem?.code ?? "CONFLICT", problem?.message ?? "This invite can't be used.", "code");
      }
      if (claimed.createdBy === viewer.me.id) {
        throw new DomainError("BAD_REQUEST", "This is your own invite: send it to your partner.", "code");
      }
      const [couple] = await tx
        .select({ status: couples.status })
        .from(couples)
        .where(eq(couples.id, claimed.coupleId));
      if (couple?.status !== "active") throw new DomainError("CONFLICT", "This couple space has been closed.", "code");
      await tx
        .insert(coupleMembers)
        .values({ coupleId: claimed.coupleId, seat: 2, userId: viewer.me.id, joinedAt: now });
      return { coupleId: claimed.coupleId };
    });
  } catch (error) {
    if (isUniqueViolation(error, "couple_members_one_active_per_user")) {
      throw new DomainError(
        "CONFLICT",
        "You're already in a couple space. Unlink it in Settings before joining another.",
      );
    }
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", "This couple space already has two partners.", "code");
    }
    throw error;
  }
  // The partner who was waiting sees it on every open screen, and as news.
  await announce(db, { coupleId: joined.coupleId, topic: COUPLE_TOPIC, actorId: viewer.me.id });
  return joined;
}

/** Archives the space for both: read-only, nothing deleted; each partner can start anew. */
export async function unlinkCouple(db: Database, viewer: CoupleViewer, now: Date) {
  await db.transaction(async (tx) => {
    await tx.update(couples).set({ status: "archived", archivedAt: now }).where(eq(couples.id, viewer.couple.id));
    await tx.update(coupleMembers).set({ active: false }).where(eq(coupleMembers.coupleId, viewer.couple.id));
    await revokeOpenInvites(tx, viewer.couple.id, now);
  });
}

const formerPartner = alias(coupleMembers, "former_partner");
const formerPartnerUser = alias(users, "former_partner_user");

/**
 * The spaces this person was in and that were closed: kept read-only for both, with
 * their timeline. Two queries however many spaces there were.
 */
export async function listArchivedSpaces(db: Executor, viewer: Viewer) {
  const spaces = await db
    .select({
      id: couples.id,
      repairBeganOn: couples.repairBeganOn,
      archivedAt: couples.archivedAt,
      partnerName: formerPartnerUser.name,
    })
    .from(coupleMembers)
    .innerJoin(couples, and(eq(couples.id, coupleMembers.coupleId), eq(couples.status, "archived")))
    .leftJoin(formerPartner, and(eq(formerPartner.coupleId, couples.id), ne(formerPartner.userId, viewer.me.id)))
    .leftJoin(formerPartnerUser, eq(formerPartnerUser.id, formerPartner.userId))
    .where(eq(coupleMembers.userId, viewer.me.id))
    .orderBy(desc(couples.archivedAt));
  if (spaces.length === 0) return [];
  const entries = await db
    .select({
      coupleId: milestones.coupleId,
      id: milestones.id,
      kind: milestones.kind,
      title: milestones.title,
      note: milestones.note,
      occurredOn: milestones.occurredOn,
    })
    .from(milestones)
    .where(
      inArray(
        milestones.coupleId,
        spaces.map((space) => space.id),
      ),
    )
    .orderBy(desc(milestones.occurredOn), desc(milestones.id));
  return spaces.map((space) => ({ ...space, milestones: entries.filter((entry) => entry.coupleId === space.id) }));
}
