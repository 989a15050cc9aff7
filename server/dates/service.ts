import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { datePlans, dateReflections, memories } from "@/db/schema";
import { isRevealed, maySeeDetails } from "../domain/surprise";
import { localDateOf, localToInstant } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { recordMilestone } from "../milestones/record";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import { findIdea } from "./ideas";
import type { CreatePlanInput, UpdatePlanInput } from "./schema";
import { planForViewer, type PlanRecord } from "./shape";
import { assertMaySee, loadPlanRecord } from "./plan-records";
import { getPlan } from "./reading";

type Times = { startsAt: Date; endsAt: Date; revealAt: Date | null };

function planTimes(input: {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  surprise?: { revealAt: string } | null;
}): Times {
  const startsAt = localToInstant(input.startsAt, input.timeZone);
  const endsAt = localToInstant(input.endsAt, input.timeZone);
  const revealAt = input.surprise ? localToInstant(input.surprise.revealAt, input.timeZone) : null;
  if (endsAt <= startsAt) throw new DomainError("BAD_REQUEST", "The end needs to be after the start.", "endsAt");
  if (revealAt && revealAt > startsAt)
    throw new DomainError("BAD_REQUEST", "Reveal it no later than the date begins.", "surprise.revealAt");
  return { startsAt, endsAt, revealAt };
}

/** A plan from scratch, from an idea (a match or not) or from a memory to recreate. */
export async function createPlan(db: Executor, viewer: PartneredViewer, input: CreatePlanInput, now: Date) {
  const times = planTimes(input);
  if (input.ideaId && !(await findIdea(db, viewer, input.ideaId))) {
    throw new DomainError("NOT_FOUND", "We couldn't find that idea.", "ideaId");
  }
  if (input.memoryId) {
    const [memory] = await db
      .select({ id: memories.id })
      .from(memories)
      .where(and(eq(memories.coupleId, viewer.couple.id), eq(memories.id, input.memoryId)));
    if (!memory) throw new DomainError("NOT_FOUND", "We couldn't find that memory.", "memoryId");
  }
  const [row] = await db
    .insert(datePlans)
    .values({
      coupleId: viewer.couple.id,
      title: input.title,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      timeZone: input.timeZone,
      place: input.place,
      notes: input.notes,
      ideaId: input.ideaId ?? null,
      memoryId: input.memoryId ?? null,
      isSurprise: input.surprise !== null,
      revealAt: times.revealAt,
      hints: input.surprise?.hints ?? [],
      createdBy: viewer.me.id,
      updatedBy: viewer.me.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: datePlans.id });
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return planForViewer(await loadPlanRecord(db, viewer, row!.id), viewer, now);
}

function staleVersion(plan: { updatedBy: string | null }, viewer: CoupleViewer): DomainError {
  return new DomainError(
    "CONFLICT",
    plan.updatedBy === viewer.me.id
      ? "You changed this plan in another window. Have a look at the latest version, then make your change again."
      : "Your partner changed this plan while you were editing it. Have a look at their changes, then make yours again.",
  );
}

async function latestEditor(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select({ updatedBy: datePlans.updatedBy })
    .from(datePlans)
    .where(and(eq(datePlans.coupleId, viewer.couple.id), eq(datePlans.id, id)));
  return row ?? { updatedBy: null };
}

function assertStillPlanned(plan: PlanRecord) {
  if (plan.status === "done")
    throw new DomainError("CONFLICT", "This date has been kept, so it can't be changed any more.");
  if (plan.status === "cancelled")
    throw new DomainError("CONFLICT", "This date was called off, so it can't be changed any more.");
}

/**
 * Either partner edits a shared plan; the edit names the version it started from, and a
 * newer version in the database means the partner got there first: refused, never merged.
 */
export async function updatePlan(db: Executor, viewer: PartneredViewer, input: UpdatePlanInput, now: Date) {
  const plan = await loadPlanRecord(db, viewer, input.id);
  assertMaySee(plan, viewer, now);
  assertStillPlanned(plan);
  const changesSurprise = input.surprise !== undefined;
  if (changesSurprise && plan.createdBy !== viewer.me.id) {
    throw new DomainError(
      "FORBIDDEN",
      "Only the person who planned this date can make it a surprise or change its reveal.",
    );
  }
  const times = planTimes({ ...input, surprise: changesSurprise ? input.surprise : null });
  const isSurprise = changesSurprise ? input.surprise !== null : plan.isSurprise;
  const revealAt = changesSurprise ? times.revealAt : plan.revealAt;
  const hints = changesSurprise ? (input.surprise?.hints ?? []) : plan.hints;
  if (!changesSurprise && isSurprise && !isRevealed(plan, now) && revealAt && revealAt > times.startsAt) {
    throw new DomainError(
      "BAD_REQUEST",
      "That would start the date before the surprise is revealed. Move the reveal first.",
      "startsAt",
    );
  }
  const [row] = await db
    .update(datePlans)
    .set({
      title: input.title,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      timeZone: input.timeZone,
      place: input.place,
      notes: input.notes,
      isSurprise,
      revealAt,
      hints,
      version: sql`${datePlans.version} + 1`,
      updatedBy: viewer.me.id,
      updatedAt: now,
    })
    .where(
      and(eq(datePlans.coupleId, viewer.couple.id), eq(datePlans.id, input.id), eq(datePlans.version, input.version)),
    )
    .returning({ id: datePlans.id });
  if (!row) throw staleVersion(await latestEditor(db, viewer, input.id), viewer);
  const updated = await loadPlanRecord(db, viewer, input.id);
  await announce(db, {
    coupleId: viewer.couple.id,
    topic: "dates",
    actorId: viewer.me.id,
    // A change only to a surprise's hidden details stays on the planner's screens.
    audience: partnerViewChanged(plan, updated, viewer, now) ? "couple" : "actor",
  });
  return planForViewer(updated, viewer, now);
}

/** What the partner sees of a plan, as a comparable string: the whole plan, or a hidden surprise's face. */
function partnerSees(plan: PlanRecord, viewer: PartneredViewer, now: Date) {
  const partner: CoupleViewer = { me: { ...viewer.partner, email: "" }, couple: viewer.couple, partner: viewer.me };
  return JSON.stringify(planForViewer(plan, partner, now));
}

/** An edit to a surprise's hidden details is not news to the partner: they must not even learn that it changed. */
function partnerViewChanged(before: PlanRecord, after: PlanRecord, viewer: PartneredViewer, now: Date) {
  const hiddenBefore = !maySeeDetails(before, viewer.partner.id, now);
  const hiddenAfter = !maySeeDetails(after, viewer.partner.id, now);
  if (!hiddenBefore || !hiddenAfter) return true;
  return partnerSees(before, viewer, now) !== partnerSees(after, viewer, now);
}

/**
 * planned → done (kept) or cancelled, once. Keeping a date records its milestone in the
 * same transaction; a kept surprise is revealed (it has happened), so the milestone's
 * title can be shown to both.
 */
export async function setPlanStatus(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; version: number; status: "done" | "cancelled" },
  now: Date,
) {
  const plan = await loadPlanRecord(db, viewer, input.id);
  assertMaySee(plan, viewer, now);
  assertStillPlanned(plan);
  if (input.status === "done" && plan.startsAt > now) {
    throw new DomainError("BAD_REQUEST", "You can mark it as kept once the date has begun.");
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(datePlans)
      .set({
        status: input.status,
        version: sql`${datePlans.version} + 1`,
        updatedBy: viewer.me.id,
        updatedAt: now,
        ...(input.status === "done" ? { completedAt: now } : { cancelledAt: now }),
      })
      .where(
        and(eq(datePlans.coupleId, viewer.couple.id), eq(datePlans.id, input.id), eq(datePlans.version, input.version)),
      )
      .returning({ id: datePlans.id });
    if (!row) throw staleVersion(await latestEditor(tx, viewer, input.id), viewer);
    if (input.status === "done") {
      await recordMilestone(tx, {
        coupleId: viewer.couple.id,
        kind: "date_kept",
        title: keptTitle(plan.title),
        occurredOn: localDateOf(plan.startsAt, plan.timeZone),
        createdBy: viewer.me.id,
        sourceId: plan.id,
      });
    }
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return planForViewer(await loadPlanRecord(db, viewer, input.id), viewer, now);
}

/** The timeline's line for a kept date, within the timeline's 120-character titles. */
function keptTitle(title: string) {
  const full = `We kept a date: ${title}`;
  return full.length <= 120 ? full : `${full.slice(0, 119).trimEnd()}…`;
}

/** Each partner writes one short reflection after a kept date. */
export async function writeReflection(
  db: Executor,
  viewer: PartneredViewer,
  input: { planId: string; body: string },
  now: Date,
) {
  const plan = await loadPlanRecord(db, viewer, input.planId);
  assertMaySee(plan, viewer, now);
  if (plan.status !== "done")
    throw new DomainError("CONFLICT", "You can write about this date once it's marked as kept.");
  const [row] = await db
    .insert(dateReflections)
    .values({ coupleId: viewer.couple.id, planId: plan.id, authorId: viewer.me.id, body: input.body, createdAt: now })
    .onConflictDoNothing()
    .returning({ planId: dateReflections.planId });
  if (!row) throw new DomainError("CONFLICT", "You've already written your reflection on this date.");
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return getPlan(db, viewer, plan.id, now);
}
