import { and, eq, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { couplePace, phases, type Phase } from "@/db/schema";
import { localDateOf } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import { recordMilestone } from "../milestones/record";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import { phaseName } from "./phases";

/** The couple's pace as this caller sees it: the phase, and a step forward waiting on someone. */
export type PaceView = {
  phase: Phase;
  /** When the couple last changed phase; null while still where they began. */
  since: Date | null;
  lastChange: "forward" | "back" | null;
  proposal: { phase: Phase; byMe: boolean; proposedAt: Date } | null;
  /** The phase one step on, or null in the last. */
  next: Phase | null;
  /** The phases either partner may step back to, alone. */
  earlier: Phase[];
};

const indexOf = (phase: Phase) => phases.indexOf(phase);
const nextOf = (phase: Phase): Phase | null => phases[indexOf(phase) + 1] ?? null;

function viewOf(row: typeof couplePace.$inferSelect | undefined, viewer: CoupleViewer): PaceView {
  const phase = row?.phase ?? "atone";
  return {
    phase,
    since: row?.changedAt ?? null,
    lastChange: row?.lastChange ?? null,
    proposal:
      row?.proposedPhase && row.proposedAt
        ? { phase: row.proposedPhase, byMe: row.proposedBy === viewer.me.id, proposedAt: row.proposedAt }
        : null,
    next: nextOf(phase),
    earlier: phases.slice(0, indexOf(phase)),
  };
}

const paceOfCouple = preparedQuery((db) =>
  db
    .select()
    .from(couplePace)
    .where(eq(couplePace.coupleId, sql.placeholder("coupleId")))
    .prepare("pace_of_couple"),
);

async function readPace(db: Executor, coupleId: string) {
  const [row] = await paceOfCouple(db).execute({ coupleId });
  return row;
}

/** Where the couple is: the dashboard's phase summary and the pace procedures' one read. */
export async function loadPace(db: Executor, viewer: CoupleViewer): Promise<PaceView> {
  return viewOf(await readPace(db, viewer.couple.id), viewer);
}

/** Where a couple is, seen from no one's side: for a read-only view such as a counsellor's share. */
export async function phaseOf(db: Executor, coupleId: string) {
  const row = await readPace(db, coupleId);
  return {
    phase: row?.phase ?? ("atone" as Phase),
    since: row?.changedAt ?? null,
    lastChange: row?.lastChange ?? null,
  };
}

/** The row every change updates, created at the beginning (atone) the first time it's needed. */
async function lockPace(db: Executor, coupleId: string) {
  await db.insert(couplePace).values({ coupleId, phase: "atone" }).onConflictDoNothing();
  const [row] = await db.select().from(couplePace).where(eq(couplePace.coupleId, coupleId)).for("update");
  if (!row) throw new Error("couple_pace row vanished");
  return row;
}

function staleUnless(condition: boolean): asserts condition {
  if (!condition)
    throw new DomainError("CONFLICT", "Your pace changed a moment ago. Have a look at where you are now.");
}

async function movePhase(db: Executor, viewer: CoupleViewer, to: Phase, now: Date, title: string) {
  const [current] = await db
    .select({ phase: couplePace.phase })
    .from(couplePace)
    .where(eq(couplePace.coupleId, viewer.couple.id));
  const lastChange = current && indexOf(to) < indexOf(current.phase) ? "back" : "forward";
  await db
    .update(couplePace)
    .set({ phase: to, changedAt: now, lastChange, proposedPhase: null, proposedBy: null, proposedAt: null })
    .where(eq(couplePace.coupleId, viewer.couple.id));
  await recordMilestone(db, {
    coupleId: viewer.couple.id,
    kind: "phase",
    title,
    occurredOn: localDateOf(now, viewer.me.timeZone),
    createdBy: viewer.me.id,
  });
}

/**
 * Offers the next phase. It waits, with no deadline, for the partner to accept; if the
 * partner had already offered the same step, offering it too is agreeing.
 */
export async function proposeNextPhase(db: Executor, viewer: PartneredViewer, phase: Phase, now: Date) {
  const view = await db.transaction(async (tx) => {
    const row = await lockPace(tx, viewer.couple.id);
    staleUnless(nextOf(row.phase) === phase);
    if (row.proposedPhase === phase && row.proposedBy && row.proposedBy !== viewer.me.id) {
      await movePhase(tx, viewer, phase, now, `Moved to ${phaseName(phase)} together`);
    } else if (row.proposedPhase !== phase) {
      await tx
        .update(couplePace)
        .set({ proposedPhase: phase, proposedBy: viewer.me.id, proposedAt: now })
        .where(eq(couplePace.coupleId, viewer.couple.id));
    }
    return viewOf(await readPace(tx, viewer.couple.id), viewer);
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "pace", actorId: viewer.me.id });
  return view;
}

/** The partner's offer, accepted: both agree, so the couple moves on, and it's a milestone. */
export async function acceptNextPhase(db: Executor, viewer: PartneredViewer, phase: Phase, now: Date) {
  const view = await db.transaction(async (tx) => {
    const row = await lockPace(tx, viewer.couple.id);
    if (row.proposedPhase === phase && row.proposedBy === viewer.me.id) {
      throw new DomainError(
        "FORBIDDEN",
        "You offered this step: it's your partner's to accept, whenever they're ready.",
      );
    }
    staleUnless(row.proposedPhase === phase && row.proposedBy !== null);
    await movePhase(tx, viewer, phase, now, `Moved to ${phaseName(phase)} together`);
    return viewOf(await readPace(tx, viewer.couple.id), viewer);
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "pace", actorId: viewer.me.id });
  return view;
}

/** Takes back my own offer to move on. Nothing is recorded: an offer withdrawn leaves no mark. */
export async function withdrawProposal(db: Executor, viewer: CoupleViewer) {
  const [row] = await db
    .update(couplePace)
    .set({ proposedPhase: null, proposedBy: null, proposedAt: null })
    .where(and(eq(couplePace.coupleId, viewer.couple.id), eq(couplePace.proposedBy, viewer.me.id)))
    .returning();
  if (row) await announce(db, { coupleId: viewer.couple.id, topic: "pace", actorId: viewer.me.id });
  return viewOf(row ?? (await readPace(db, viewer.couple.id)), viewer);
}

/**
 * Either partner, alone, at any time, without a reason: the slower one sets the pace. Any
 * offer to move on is set aside with it.
 */
export async function stepBack(db: Executor, viewer: CoupleViewer, phase: Phase, now: Date) {
  const view = await db.transaction(async (tx) => {
    const row = await lockPace(tx, viewer.couple.id);
    staleUnless(indexOf(phase) < indexOf(row.phase));
    await movePhase(tx, viewer, phase, now, `Back to ${phaseName(phase)}, at a gentler pace`);
    return viewOf(await readPace(tx, viewer.couple.id), viewer);
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "pace", actorId: viewer.me.id });
  return view;
}
