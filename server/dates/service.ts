import { and, asc, desc, eq, gt, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { dateIdeas, datePlans, dateReflections, memories } from "@/db/schema";
import { catalogueIdea } from "../domain/date-ideas";
import { isRevealed, maySeeDetails } from "../domain/surprise";
import { localDateOf, localToInstant } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { recordMilestone } from "../milestones/record";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import { findIdea } from "./ideas";
import type { CreatePlanInput, ListPlansInput, UpdatePlanInput } from "./schema";
import { personRef, planForViewer, planRowColumns, type PlanForViewer, type PlanRecord } from "./shape";

const PLAN_NOT_FOUND = "We couldn't find that date.";
/** How long a reflection waits for the partner's before it is shown on its own. */
export const REFLECTION_WAIT_MS = 7 * 86_400_000;

const planColumns = {
  ...planRowColumns,
  ideaId: datePlans.ideaId,
  customIdeaTitle: dateIdeas.title,
  memoryId: datePlans.memoryId,
  memoryTitle: memories.title,
  completedAt: datePlans.completedAt,
  cancelledAt: datePlans.cancelledAt,
};

type PlanRow = Omit<PlanRecord, "ideaTitle"> & { customIdeaTitle: string | null };

function toRecord({ customIdeaTitle, ...row }: PlanRow): PlanRecord {
  const ideaTitle = row.ideaId ? (catalogueIdea(row.ideaId)?.title ?? customIdeaTitle) : null;
  return { ...row, ideaTitle };
}

/** Plans of the viewer's couple, with the titles of the idea and memory they came from, in one statement. */
function selectPlans(db: Executor, viewer: CoupleViewer, where?: SQL) {
  return db
    .select(planColumns)
    .from(datePlans)
    .leftJoin(
      dateIdeas,
      and(eq(dateIdeas.coupleId, datePlans.coupleId), sql`${dateIdeas.id}::text = ${datePlans.ideaId}`),
    )
    .leftJoin(memories, and(eq(memories.coupleId, datePlans.coupleId), eq(memories.id, datePlans.memoryId)))
    .where(and(eq(datePlans.coupleId, viewer.couple.id), where));
}

export async function loadPlanRecord(db: Executor, viewer: CoupleViewer, id: string): Promise<PlanRecord> {
  const [row] = await selectPlans(db, viewer, eq(datePlans.id, id));
  if (!row) throw new DomainError("NOT_FOUND", PLAN_NOT_FOUND);
  return toRecord(row);
}

function assertMaySee(plan: PlanRecord, viewer: CoupleViewer, now: Date) {
  if (!maySeeDetails(plan, viewer.me.id, now)) {
    const planner = personRef(viewer, plan.createdBy)?.name ?? "Your partner";
    // Says nothing about the plan: only whose surprise it is, which the partner already knows.
    throw new DomainError(
      "FORBIDDEN",
      `This is ${planner}'s surprise for you, so it's theirs to change until it's revealed.`,
    );
  }
}

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

/**
 * When a plan sorts for this viewer: its start, except for a surprise still hidden from
 * them, which sorts at the beginning of its rough time of day on their clock (what its
 * headline tells them: "Saturday evening"). So no order, cursor or page boundary narrows
 * the hidden start further, however many plans of their own they place around it.
 * Night runs 21:00 to 05:00; its early hours belong to the day they fall on, and every
 * night of a day sorts at that day's 21:00.
 */
function listOrderKey(viewer: CoupleViewer, now: Date) {
  return surpriseAwareStart({
    meId: viewer.me.id,
    timeZone: viewer.me.timeZone,
    now: sql`${now.toISOString()}::timestamptz`,
  });
}

/**
 * When a plan starts, as the one asking may know it: a surprise still hidden from them
 * starts at the beginning of its part of the day on their clock (night at 21:00), so no
 * ordering, page or cursor built on it narrows its hidden start. `dates.list` and the
 * dashboard's upcoming dates both sort by it; the values may be bound or placeholders.
 */
export function surpriseAwareStart(asker: {
  meId: SQLWrapper | string;
  timeZone: SQLWrapper | string;
  now: SQLWrapper;
}) {
  const wall = sql`(${datePlans.startsAt} at time zone ${asker.timeZone})`;
  const hour = sql`extract(hour from ${wall})`;
  const partStartsAt = sql`case when ${hour} < 5 then 21 when ${hour} < 12 then 5 when ${hour} < 17 then 12 when ${hour} < 21 then 17 else 21 end`;
  const hiddenFromMe = sql`${datePlans.isSurprise} and ${datePlans.status} <> 'done' and (${datePlans.revealAt} is null or ${datePlans.revealAt} > ${asker.now}) and ${datePlans.createdBy} is distinct from ${asker.meId}::uuid`;
  return sql`(case when ${hiddenFromMe} then (date_trunc('day', ${wall}) + make_interval(hours => ${partStartsAt}::int)) at time zone ${asker.timeZone} else ${datePlans.startsAt} end)`;
}

/** Upcoming: still planned and not yet over, soonest first. Past: the rest, latest first. Keyset-paged by plan id. */
export async function listPlans(db: Executor, viewer: CoupleViewer, input: ListPlansInput, now: Date) {
  const upcoming = and(eq(datePlans.status, "planned"), gt(datePlans.endsAt, now));
  const past = or(sql`${datePlans.status} <> 'planned'`, lte(datePlans.endsAt, now));
  // A hidden surprise is revealed no later than it begins, so it is upcoming for as long as it is hidden (or past once cancelled).
  const key = listOrderKey(viewer, now);
  // The cursor is an id, not a time: a surprise's start never travels to the surprised partner, even inside a cursor.
  const cursor = input.cursor
    ? sql`(select ${key}, ${datePlans.id} from ${datePlans} where ${and(eq(datePlans.coupleId, viewer.couple.id), eq(datePlans.id, input.cursor))})`
    : null;
  const after = cursor
    ? input.when === "upcoming"
      ? sql`(${key}, ${datePlans.id}) > ${cursor}`
      : sql`(${key}, ${datePlans.id}) < ${cursor}`
    : undefined;
  const order = input.when === "upcoming" ? [asc(key), asc(datePlans.id)] : [desc(key), desc(datePlans.id)];
  const rows = await selectPlans(db, viewer, and(input.when === "upcoming" ? upcoming : past, after))
    .orderBy(...order)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((row) => planForViewer(toRecord(row), viewer, now));
  return { plans: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

export type Reflections = {
  mine: { body: string; writtenAt: Date } | null;
  /** Shown once both have written, or a week after the date was kept. */
  partner: { body: string; writtenAt: Date } | null;
  partnerHasWritten: boolean;
  shownTogether: boolean;
  canWrite: boolean;
};

async function reflectionsFor(
  db: Executor,
  viewer: CoupleViewer,
  plan: PlanRecord,
  now: Date,
): Promise<Reflections | null> {
  if (plan.status !== "done") return null;
  const rows = await db
    .select({ authorId: dateReflections.authorId, body: dateReflections.body, createdAt: dateReflections.createdAt })
    .from(dateReflections)
    .where(and(eq(dateReflections.coupleId, viewer.couple.id), eq(dateReflections.planId, plan.id)));
  const mine = rows.find((row) => row.authorId === viewer.me.id) ?? null;
  const theirs = rows.find((row) => row.authorId !== viewer.me.id) ?? null;
  const weekPassed = plan.completedAt !== null && now.getTime() - plan.completedAt.getTime() >= REFLECTION_WAIT_MS;
  const shown = (mine !== null && theirs !== null) || weekPassed;
  return {
    mine: mine && { body: mine.body, writtenAt: mine.createdAt },
    partner: shown && theirs ? { body: theirs.body, writtenAt: theirs.createdAt } : null,
    partnerHasWritten: theirs !== null,
    shownTogether: shown,
    canWrite: mine === null,
  };
}

export type PlanDetail = PlanForViewer & { reflections: Reflections | null };

/** One plan as this partner may see it; a surprise's partner gets only its public face. */
export async function getPlan(db: Executor, viewer: CoupleViewer, id: string, now: Date): Promise<PlanDetail> {
  const plan = await loadPlanRecord(db, viewer, id);
  const view = planForViewer(plan, viewer, now);
  if (view.kind === "surprise") return { ...view, reflections: null };
  return { ...view, reflections: await reflectionsFor(db, viewer, plan, now) };
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
