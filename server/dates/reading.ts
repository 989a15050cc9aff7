import { and, asc, desc, eq, gt, lte, or, sql, type SQLWrapper } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { datePlans, dateReflections } from "@/db/schema";
import type { CoupleViewer } from "../viewer";
import type { ListPlansInput } from "./schema";
import { planForViewer, type PlanForViewer, type PlanRecord } from "./shape";
import { loadPlanRecord, selectPlans, toRecord } from "./plan-records";

/** How long a reflection waits for the partner's before it is shown on its own. */
export const REFLECTION_WAIT_MS = 7 * 86_400_000;

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

/**
 * One page of plans: upcoming (still planned and not yet over, soonest first) or past (the
 * rest, latest first), the first page or the one after a plan, prepared once for each of
 * the four. A plan sorts for the one asking by its start, except for a surprise still hidden
 * from them, which sorts at the beginning of its rough time of day on their clock (what its
 * headline tells them: "Saturday evening"): so no order, cursor or page boundary narrows the
 * hidden start further, however many plans of their own they place around it. Night runs
 * 21:00 to 05:00; its early hours belong to the day they fall on, and every night of a day
 * sorts at that day's 21:00.
 */
function plansPage(when: ListPlansInput["when"], paged: boolean) {
  return preparedQuery((db) => {
    const coupleId = sql.placeholder("coupleId");
    const now = sql.placeholder("now");
    const key = surpriseAwareStart({
      meId: sql.placeholder("meId"),
      timeZone: sql.placeholder("timeZone"),
      now: sql`${now}::timestamptz`,
    });
    // A hidden surprise is revealed no later than it begins, so it is upcoming for as long as it is hidden (or past once cancelled).
    const upcoming = and(eq(datePlans.status, "planned"), gt(datePlans.endsAt, now));
    const past = or(sql`${datePlans.status} <> 'planned'`, lte(datePlans.endsAt, now));
    // The cursor is an id, not a time: a surprise's start never travels to the surprised partner, even inside a cursor.
    const cursor = sql`(select ${key}, ${datePlans.id} from ${datePlans} where ${and(eq(datePlans.coupleId, coupleId), eq(datePlans.id, sql.placeholder("cursor")))})`;
    const after = paged
      ? when === "upcoming"
        ? sql`(${key}, ${datePlans.id}) > ${cursor}`
        : sql`(${key}, ${datePlans.id}) < ${cursor}`
      : undefined;
    const order = when === "upcoming" ? [asc(key), asc(datePlans.id)] : [desc(key), desc(datePlans.id)];
    return selectPlans(db, coupleId, and(when === "upcoming" ? upcoming : past, after))
      .orderBy(...order)
      .limit(sql.placeholder("limit"))
      .prepare(`plans_${when}${paged ? "_after" : ""}`);
  });
}

const plansPages = {
  upcoming: { first: plansPage("upcoming", false), after: plansPage("upcoming", true) },
  past: { first: plansPage("past", false), after: plansPage("past", true) },
};

/** Upcoming: still planned and not yet over, soonest first. Past: the rest, latest first. Keyset-paged by plan id. */
export async function listPlans(db: Executor, viewer: CoupleViewer, input: ListPlansInput, now: Date) {
  const pages = plansPages[input.when];
  const rows = await (input.cursor ? pages.after : pages.first)(db).execute({
    coupleId: viewer.couple.id,
    meId: viewer.me.id,
    timeZone: viewer.me.timeZone,
    now: now.toISOString(),
    cursor: input.cursor ?? null,
    limit: input.limit + 1,
  });
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
