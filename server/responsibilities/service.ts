import { and, asc, desc, eq, gte, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import {
  responsibilities,
  responsibilityCheckOffs,
  type Responsibility,
  type ResponsibilityChangeKind,
  type ResponsibilityTerms,
} from "@/db/schema";
import { DomainError } from "../errors";
import { notify } from "../notifications/notify";
import { checkOffProblem, progressOf } from "../domain/occurrence-progress";
import { addDays, currentStreak, localDateOf, type Cadence } from "../domain/streaks";
import { personOf, type CoupleViewer, type PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import { recordStreakMilestones } from "./streak-milestones";
import { toCadence, type SuggestChangeInput, type TermsInput } from "./schema";

const TOPIC = "responsibilities";

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "We couldn't find that responsibility.");
}

function ownerIdOf(viewer: PartneredViewer, owner: TermsInput["owner"]) {
  return owner === "me" ? viewer.me.id : viewer.partner.id;
}

function termsOf(row: Responsibility): ResponsibilityTerms {
  return { title: row.title, details: row.details, ownerId: row.ownerId, cadence: row.cadence };
}

/** The row, only if it belongs to the caller's couple: another couple's id reads as missing. */
async function findResponsibility(db: Executor, viewer: CoupleViewer, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(responsibilities)
    .where(and(eq(responsibilities.coupleId, viewer.couple.id), eq(responsibilities.id, id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/**
 * Every responsibility of the couple as the caller sees it: whose turn it is to answer,
 * and, for the agreed ones, the streak and 30-day kept-rate in the owner's own time zone.
 */
export async function listResponsibilities(db: Executor, viewer: CoupleViewer, now: Date) {
  const rows = await db
    .select()
    .from(responsibilities)
    .where(eq(responsibilities.coupleId, viewer.couple.id))
    .orderBy(asc(responsibilities.createdAt), asc(responsibilities.id));

  const counted = rows.filter((row) => row.startedOn !== null).map((row) => row.id);
  // Two queries for the whole list: every kept day (aggregated, for streaks and kept-rates),
  // and the past week's check-offs with their acknowledgement (for the cards).
  const zones = [viewer.me.timeZone, viewer.partner?.timeZone ?? viewer.me.timeZone];
  const earliestWeekStart = addDays(zones.map((zone) => localDateOf(now, zone)).sort()[0]!, -6);
  const ofCouple = and(
    eq(responsibilityCheckOffs.coupleId, viewer.couple.id),
    inArray(responsibilityCheckOffs.responsibilityId, counted),
  );
  const [dayLists, recent] = counted.length
    ? await Promise.all([
        db
          .select({
            responsibilityId: responsibilityCheckOffs.responsibilityId,
            days: sql<string[]>`json_agg(${responsibilityCheckOffs.day} order by ${responsibilityCheckOffs.day})`,
          })
          .from(responsibilityCheckOffs)
          .where(ofCouple)
          .groupBy(responsibilityCheckOffs.responsibilityId),
        db
          .select({
            id: responsibilityCheckOffs.id,
            responsibilityId: responsibilityCheckOffs.responsibilityId,
            day: responsibilityCheckOffs.day,
            acknowledgedAt: responsibilityCheckOffs.acknowledgedAt,
          })
          .from(responsibilityCheckOffs)
          .where(and(ofCouple, gte(responsibilityCheckOffs.day, earliestWeekStart)))
          .orderBy(desc(responsibilityCheckOffs.day)),
      ])
    : [[], []];
  const daysOf = new Map(dayLists.map((list) => [list.responsibilityId, list.days]));
  const recentOf = new Map<string, typeof recent>();
  for (const checkOff of recent)
    recentOf.set(checkOff.responsibilityId, [...(recentOf.get(checkOff.responsibilityId) ?? []), checkOff]);

  return rows.map((row) => shapeResponsibility(viewer, row, daysOf.get(row.id) ?? [], recentOf.get(row.id) ?? [], now));
}

function shapeResponsibility(
  viewer: CoupleViewer,
  row: Responsibility,
  days: string[],
  recent: { id: string; day: string; acknowledgedAt: Date | null }[],
  now: Date,
) {
  const owner = personOf(viewer, row.ownerId);
  const today = localDateOf(now, owner.timeZone);
  const progress = row.startedOn ? progressOf(row.cadence, days, today, row.startedOn) : null;
  const windowStart = addDays(today, -6);
  return {
    id: row.id,
    title: row.title,
    details: row.details,
    cadence: row.cadence,
    status: row.status,
    owner: { id: owner.id, name: owner.name, isMe: owner.id === viewer.me.id },
    proposedByMe: row.proposedBy === viewer.me.id,
    /** A proposal (or suggested change) the caller may agree to, decline or change. */
    awaitingMyAnswer: row.status === "proposed" && row.proposedBy !== viewer.me.id,
    previousTerms: row.previousTerms && {
      title: row.previousTerms.title,
      details: row.previousTerms.details,
      owner: {
        name: personOf(viewer, row.previousTerms.ownerId).name,
        isMe: row.previousTerms.ownerId === viewer.me.id,
      },
      cadence: row.previousTerms.cadence,
    },
    changeNote: row.changeNote,
    pendingChange: row.pendingChange && {
      kind: row.pendingChange,
      requestedByMe: row.pendingChangeBy === viewer.me.id,
    },
    startedOn: row.startedOn,
    agreedAt: row.agreedAt,
    /** The owner's local day, which check-offs and streaks are counted in. */
    today,
    progress,
    /** This week's check-offs, newest first, with whether the partner acknowledged each. */
    recentCheckOffs: recent
      .filter((c) => c.day >= windowStart)
      .map((c) => ({ id: c.id, day: c.day, acknowledged: c.acknowledgedAt !== null })),
  };
}

export type ResponsibilityView = ReturnType<typeof shapeResponsibility>;

// ---------------------------------------------------------------------------
// Agreement
// ---------------------------------------------------------------------------

/** Either partner proposes; it counts only once the other agrees. */
export async function proposeResponsibility(db: Database, viewer: PartneredViewer, input: TermsInput, now: Date) {
  const row = await db.transaction(async (tx) => {
    const [proposed] = await tx
      .insert(responsibilities)
      .values({
        coupleId: viewer.couple.id,
        title: input.title,
        details: input.details,
        ownerId: ownerIdOf(viewer, input.owner),
        cadence: toCadence(input.cadence),
        proposedBy: viewer.me.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: responsibilities.id });
    await notify(tx, viewer.partner.id, "waiting", "/responsibilities", now);
    return proposed;
  });
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: row!.id };
}

function assertAwaitingMyAnswer(viewer: CoupleViewer, row: Responsibility) {
  if (row.status !== "proposed") throw new DomainError("CONFLICT", "This has already been answered.");
  if (row.proposedBy === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "You proposed this, so it's your partner's to agree to.");
  }
}

/** Unchanged since it was read; proposed_by is null only once its proposer deleted their account. */
function sameProposer(proposedBy: string | null) {
  return proposedBy === null ? isNull(responsibilities.proposedBy) : eq(responsibilities.proposedBy, proposedBy);
}

/**
 * Answers the proposal as it stands. The update is conditional on the terms still being
 * the ones the caller saw (same author, still proposed), so two answers at once cannot
 * both win.
 */
async function answerProposal(
  db: Database,
  viewer: PartneredViewer,
  id: string,
  now: Date,
  answer: "agree" | "decline",
) {
  const row = await findResponsibility(db, viewer, id);
  assertAwaitingMyAnswer(viewer, row);
  const owner = personOf(viewer, row.ownerId);
  const [updated] = await db
    .update(responsibilities)
    .set(
      answer === "agree"
        ? { status: "agreed", agreedAt: now, startedOn: localDateOf(now, owner.timeZone), updatedAt: now }
        : { status: "declined", updatedAt: now },
    )
    .where(
      and(
        eq(responsibilities.coupleId, viewer.couple.id),
        eq(responsibilities.id, id),
        eq(responsibilities.status, "proposed"),
        sameProposer(row.proposedBy),
      ),
    )
    .returning({ id: responsibilities.id });
  if (!updated) throw new DomainError("CONFLICT", "This changed while you were looking. Have another look.");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id, status: answer === "agree" ? ("agreed" as const) : ("declined" as const) };
}

export function agreeToResponsibility(db: Database, viewer: PartneredViewer, id: string, now: Date) {
  return answerProposal(db, viewer, id, now, "agree");
}

export function declineResponsibility(db: Database, viewer: PartneredViewer, id: string, now: Date) {
  return answerProposal(db, viewer, id, now, "decline");
}

/**
 * A counter-proposal: the new terms replace the old (kept to show what changed), and
 * now the first partner is the one who may agree.
 */
export async function suggestChange(db: Database, viewer: PartneredViewer, input: SuggestChangeInput, now: Date) {
  const row = await findResponsibility(db, viewer, input.id);
  assertAwaitingMyAnswer(viewer, row);
  const updated = await db.transaction(async (tx) => {
    const [changed] = await tx
      .update(responsibilities)
      .set({
        title: input.title,
        details: input.details,
        ownerId: ownerIdOf(viewer, input.owner),
        cadence: toCadence(input.cadence),
        previousTerms: termsOf(row),
        changeNote: input.note || null,
        proposedBy: viewer.me.id,
        updatedAt: now,
      })
      .where(
        and(
          eq(responsibilities.coupleId, viewer.couple.id),
          eq(responsibilities.id, input.id),
          eq(responsibilities.status, "proposed"),
          sameProposer(row.proposedBy),
        ),
      )
      .returning({ id: responsibilities.id });
    if (changed) await notify(tx, viewer.partner.id, "waiting", "/responsibilities", now);
    return changed;
  });
  if (!updated) throw new DomainError("CONFLICT", "This changed while you were looking. Have another look.");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: input.id };
}

const changeAllowedFrom: Record<ResponsibilityChangeKind, Responsibility["status"][]> = {
  pause: ["agreed"],
  resume: ["paused"],
  retire: ["agreed", "paused"],
};

const changeRefusal: Record<ResponsibilityChangeKind, string> = {
  pause: "Only an agreed, running responsibility can be paused.",
  resume: "Only a paused responsibility can be resumed.",
  retire: "Only an agreed responsibility can be retired.",
};

/** Pausing, resuming or retiring takes both: one asks, the other confirms. */
export async function requestChange(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; kind: ResponsibilityChangeKind },
  now: Date,
) {
  const row = await findResponsibility(db, viewer, input.id);
  if (!changeAllowedFrom[input.kind].includes(row.status)) throw new DomainError("CONFLICT", changeRefusal[input.kind]);
  if (row.pendingChange) throw new DomainError("CONFLICT", "There's already a request waiting on this one.");
  const [updated] = await db
    .update(responsibilities)
    .set({ pendingChange: input.kind, pendingChangeBy: viewer.me.id, pendingChangeAt: now, updatedAt: now })
    .where(
      and(
        eq(responsibilities.coupleId, viewer.couple.id),
        eq(responsibilities.id, input.id),
        eq(responsibilities.status, row.status),
        isNull(responsibilities.pendingChange),
      ),
    )
    .returning({ id: responsibilities.id });
  if (!updated) throw new DomainError("CONFLICT", "This changed while you were looking. Have another look.");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: input.id };
}

/**
 * The other partner confirms the request, or either of them lets it go (the asker
 * withdraws it, or the other keeps things as they are).
 */
export async function answerChange(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; confirm: boolean },
  now: Date,
) {
  const row = await findResponsibility(db, viewer, input.id);
  if (!row.pendingChange) throw new DomainError("CONFLICT", "There's no request waiting on this one.");
  if (input.confirm && row.pendingChangeBy === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "You asked for this, so it's your partner's to confirm.");
  }
  const cleared = { pendingChange: null, pendingChangeBy: null, pendingChangeAt: null, updatedAt: now };
  const owner = personOf(viewer, row.ownerId);
  const applied = !input.confirm
    ? cleared
    : row.pendingChange === "pause"
      ? { ...cleared, status: "paused" as const }
      : row.pendingChange === "retire"
        ? { ...cleared, status: "retired" as const }
        : // Resuming starts a fresh count: the paused days are neither kept nor missed.
          { ...cleared, status: "agreed" as const, startedOn: localDateOf(now, owner.timeZone) };
  const [updated] = await db
    .update(responsibilities)
    .set(applied)
    .where(
      and(
        eq(responsibilities.coupleId, viewer.couple.id),
        eq(responsibilities.id, input.id),
        eq(responsibilities.pendingChange, row.pendingChange),
        eq(responsibilities.status, row.status),
      ),
    )
    .returning({ status: responsibilities.status });
  if (!updated) throw new DomainError("CONFLICT", "This changed while you were looking. Have another look.");
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: input.id, status: updated.status };
}

// ---------------------------------------------------------------------------
// Check-offs
// ---------------------------------------------------------------------------

async function assertCheckable(db: Executor, viewer: PartneredViewer, id: string, options: { lock?: boolean } = {}) {
  const row = await findResponsibility(db, viewer, id, options);
  if (row.ownerId !== viewer.me.id) {
    throw new DomainError("FORBIDDEN", `This one is ${viewer.partner.name}'s to check off.`);
  }
  if (row.status === "paused") throw new DomainError("CONFLICT", "This responsibility is paused.");
  if (row.status !== "agreed" || !row.startedOn) {
    throw new DomainError("CONFLICT", "Only agreed responsibilities can be checked off.");
  }
  return { ...row, startedOn: row.startedOn };
}

function unitOf(cadence: Cadence) {
  return cadence.kind === "weekly" ? "weeks" : cadence.kind === "weekdays" ? "times" : "days";
}

/**
 * The owner marks a day kept: today in their own time zone, or a day of the week before.
 * Milestones at 7, 30 and 100 are recorded in the same transaction.
 */
export async function checkOffResponsibility(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; day?: string },
  now: Date,
) {
  const today = localDateOf(now, viewer.me.timeZone);
  const day = input.day ?? today;
  const result = await db.transaction(async (tx) => {
    // The row lock orders two check-offs of one responsibility, so both see each other's streak.
    const row = await assertCheckable(tx, viewer, input.id, { lock: true });
    const problem = checkOffProblem(row.cadence, day, today, row.startedOn);
    if (problem) throw new DomainError("BAD_REQUEST", problem, "day");

    const existing = await tx
      .select({ day: responsibilityCheckOffs.day })
      .from(responsibilityCheckOffs)
      .where(
        and(
          eq(responsibilityCheckOffs.coupleId, viewer.couple.id),
          eq(responsibilityCheckOffs.responsibilityId, row.id),
        ),
      );
    const before = existing.map((c) => c.day);
    if (row.cadence.kind === "once" && before.length > 0 && !before.includes(day)) {
      throw new DomainError("CONFLICT", "This one-off is already done.");
    }
    const [inserted] = await tx
      .insert(responsibilityCheckOffs)
      .values({ coupleId: viewer.couple.id, responsibilityId: row.id, day, checkedBy: viewer.me.id, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: responsibilityCheckOffs.id });
    const after = inserted ? [...before, day] : before;
    const previous = currentStreak(row.cadence, before, today, row.startedOn);
    const streak = currentStreak(row.cadence, after, today, row.startedOn);
    const milestones = await recordStreakMilestones(tx, {
      coupleId: viewer.couple.id,
      recordId: row.id,
      ownerId: viewer.me.id,
      previous,
      current: streak,
      occurredOn: today,
      title: (n) => `${viewer.me.name} kept “${row.title}” ${n} ${unitOf(row.cadence)} in a row`,
    });
    return { day, streak, milestones, changed: Boolean(inserted) };
  });
  if (result.changed) await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { day: result.day, streak: result.streak, milestones: result.milestones };
}

/** A mistaken tap can be undone within the same week; a milestone already reached stays. */
export async function undoCheckOff(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; day: string },
  now: Date,
) {
  const today = localDateOf(now, viewer.me.timeZone);
  const row = await assertCheckable(db, viewer, input.id);
  const problem = checkOffProblem(row.cadence, input.day, today, row.startedOn);
  if (problem) throw new DomainError("BAD_REQUEST", problem, "day");
  const deleted = await db
    .delete(responsibilityCheckOffs)
    .where(
      and(
        eq(responsibilityCheckOffs.coupleId, viewer.couple.id),
        eq(responsibilityCheckOffs.responsibilityId, row.id),
        eq(responsibilityCheckOffs.day, input.day),
      ),
    )
    .returning({ id: responsibilityCheckOffs.id });
  if (deleted.length) await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { day: input.day };
}

/** "I noticed — thank you": the partner (never the owner) acknowledges a check-off. */
export async function acknowledgeCheckOff(
  db: Database,
  viewer: PartneredViewer,
  input: { checkOffId: string },
  now: Date,
) {
  const [found] = await db
    .select({
      id: responsibilityCheckOffs.id,
      ownerId: responsibilities.ownerId,
      acknowledgedAt: responsibilityCheckOffs.acknowledgedAt,
    })
    .from(responsibilityCheckOffs)
    .innerJoin(
      responsibilities,
      and(
        eq(responsibilities.coupleId, responsibilityCheckOffs.coupleId),
        eq(responsibilities.id, responsibilityCheckOffs.responsibilityId),
      ),
    )
    .where(
      and(eq(responsibilityCheckOffs.coupleId, viewer.couple.id), eq(responsibilityCheckOffs.id, input.checkOffId)),
    )
    .limit(1);
  if (!found) throw new DomainError("NOT_FOUND", "We couldn't find that check-off.");
  if (found.ownerId === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "This is your own check-off: your partner is the one who can acknowledge it.");
  }
  if (found.acknowledgedAt) return { id: found.id, acknowledgedAt: found.acknowledgedAt };
  await db
    .update(responsibilityCheckOffs)
    .set({ acknowledgedAt: now })
    .where(
      and(
        eq(responsibilityCheckOffs.coupleId, viewer.couple.id),
        eq(responsibilityCheckOffs.id, found.id),
        isNull(responsibilityCheckOffs.acknowledgedAt),
        ne(responsibilityCheckOffs.checkedBy, viewer.me.id),
      ),
    );
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: found.id, acknowledgedAt: now };
}
