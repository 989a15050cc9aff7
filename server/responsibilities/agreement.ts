import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  responsibilities,
  type Responsibility,
  type ResponsibilityChangeKind,
  type ResponsibilityTerms,
} from "@/db/schema";
import { DomainError } from "../errors";
import { notify } from "../notifications/notify";
import { localDateOf } from "../domain/zoned-time";
import { personOf, type CoupleViewer, type PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import { toCadence, type SuggestChangeInput, type TermsInput } from "./schema";
import { findResponsibility, TOPIC } from "./service";

function ownerIdOf(viewer: PartneredViewer, owner: TermsInput["owner"]) {
  return owner === "me" ? viewer.me.id : viewer.partner.id;
}

function termsOf(row: Responsibility): ResponsibilityTerms {
  return { title: row.title, details: row.details, ownerId: row.ownerId, cadence: row.cadence };
}

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
