import { and, asc, desc, eq, gte, lte, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { checkIns, checkInSharing } from "@/db/schema";
import { localDateOf } from "../domain/zoned-time";
import {
  directionsOf,
  trendOf,
  AVERAGE_WINDOW_DAYS,
  DIRECTION_READINGS,
  type Direction,
  type Measure,
  type Reading,
  type TrendPoint,
} from "../domain/check-in-trends";
import { addDays, daysBetween, type LocalDate } from "../domain/calendar-days";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import type { CoupleViewer, PartneredViewer, Person } from "../viewer";
import { CHECK_IN_DAYS_BACK, type ChartRange, type SharingLevel } from "./schema";

/** Whose check-ins, in which couple: their days are counted on their own clock. */
export type CheckInOwner = { coupleId: string; person: Person };

export type Trends = Record<Measure, TrendPoint[]>;

const sharingOf = preparedQuery((db) =>
  db
    .select({ level: checkInSharing.level })
    .from(checkInSharing)
    .where(
      and(
        eq(checkInSharing.coupleId, sql.placeholder("coupleId")),
        eq(checkInSharing.userId, sql.placeholder("userId")),
      ),
    )
    .prepare("check_in_sharing_of"),
);

async function sharingLevelOf(db: Executor, coupleId: string, userId: string): Promise<SharingLevel> {
  const [row] = await sharingOf(db).execute({ coupleId, userId });
  return row?.level ?? "nothing";
}

const reading = { day: checkIns.day, safety: checkIns.safety, trust: checkIns.trust, connection: checkIns.connection };

/** A person's readings over a range of days. Notes only when asked for: they are for their author's eyes alone. */
async function readingsOf(
  db: Executor,
  owner: CheckInOwner,
  from: LocalDate,
  to: LocalDate,
  withNotes?: false,
): Promise<Reading[]>;
async function readingsOf(
  db: Executor,
  owner: CheckInOwner,
  from: LocalDate,
  to: LocalDate,
  withNotes: true,
): Promise<MyCheckIn[]>;
async function readingsOf(db: Executor, owner: CheckInOwner, from: LocalDate, to: LocalDate, withNotes = false) {
  return db
    .select(withNotes ? { ...reading, note: checkIns.note } : reading)
    .from(checkIns)
    .where(
      and(
        eq(checkIns.coupleId, owner.coupleId),
        eq(checkIns.userId, owner.person.id),
        gte(checkIns.day, from),
        lte(checkIns.day, to),
      ),
    )
    .orderBy(asc(checkIns.day));
}

/** The readings a direction is read from: a person's newest 14 up to today, however far apart their days. */
const newestReadings = preparedQuery((db) =>
  db
    .select(reading)
    .from(checkIns)
    .where(
      and(
        eq(checkIns.coupleId, sql.placeholder("coupleId")),
        eq(checkIns.userId, sql.placeholder("userId")),
        lte(checkIns.day, sql.placeholder("today")),
      ),
    )
    .orderBy(desc(checkIns.day))
    .limit(2 * DIRECTION_READINGS)
    .prepare("newest_check_ins"),
);

async function directionsFor(db: Executor, owner: CheckInOwner, today: LocalDate) {
  const newest = await newestReadings(db).execute({ coupleId: owner.coupleId, userId: owner.person.id, today });
  return directionsOf(newest);
}

function trendsOf(readings: Reading[], from: LocalDate, to: LocalDate): Trends {
  return {
    safety: trendOf(readings, "safety", from, to),
    trust: trendOf(readings, "trust", from, to),
    connection: trendOf(readings, "connection", from, to),
  };
}

/** The first day of a chart of `range` days ending today, and the earliest reading its first week's averages need. */
function chartWindow(today: LocalDate, range: number) {
  const from = addDays(today, 1 - range);
  return { from, readFrom: addDays(from, 1 - AVERAGE_WINDOW_DAYS) };
}

/**
 * What a person's partner may see of their check-ins, decided by the person's sharing choice
 * as it is now, for the past too — so "stop sharing" stops it at once. Never a note; with the
 * direction only, no day at all; with the numbers, only the days that have a reading, so
 * nothing marks a day that was skipped. Also what a counsellor's share may show.
 */
export type SharedCheckIns =
  | { level: "nothing" }
  | { level: "direction"; directions: Record<Measure, Direction | null> }
  | {
      level: "numbers";
      directions: Record<Measure, Direction | null>;
      range: ChartRange;
      from: LocalDate;
      to: LocalDate;
      trends: Trends;
    };

/** What the dashboard shows of a partner's check-ins: the level, and the directions unless it hides them. */
export type SharedDirections =
  | { level: "nothing" }
  | { level: "direction" | "numbers"; directions: Record<Measure, Direction | null> };

/**
 * The sharing level and, unless it hides them, the directions — never a day. Both are asked
 * for at once, so a reader that pipelines (the dashboard) waits for one round trip.
 */
export async function sharedDirectionsOf(db: Executor, owner: CheckInOwner, now: Date): Promise<SharedDirections> {
  const [level, directions] = await Promise.all([
    sharingLevelOf(db, owner.coupleId, owner.person.id),
    directionsFor(db, owner, localDateOf(now, owner.person.timeZone)),
  ]);
  return level === "nothing" ? { level } : { level, directions };
}

export async function sharedCheckInsOf(
  db: Executor,
  owner: CheckInOwner,
  now: Date,
  range: ChartRange = 30,
): Promise<SharedCheckIns> {
  const shared = await sharedDirectionsOf(db, owner, now);
  if (shared.level === "nothing") return { level: "nothing" };
  if (shared.level === "direction") return { level: "direction", directions: shared.directions };
  const today = localDateOf(now, owner.person.timeZone);
  const { from, readFrom } = chartWindow(today, range);
  const all = trendsOf(await readingsOf(db, owner, readFrom, today), from, today);
  const shown = (points: TrendPoint[]) => points.filter((point) => point.value !== null);
  return {
    level: "numbers",
    directions: shared.directions,
    range,
    from,
    to: today,
    trends: { safety: shown(all.safety), trust: shown(all.trust), connection: shown(all.connection) },
  };
}

/** My partner's check-ins as they chose to share them with me. */
export function partnerCheckIns(db: Executor, viewer: PartneredViewer, now: Date, range: ChartRange = 30) {
  return sharedCheckInsOf(db, { coupleId: viewer.couple.id, person: viewer.partner }, now, range);
}

export type MyCheckIn = Reading & { note: string | null };

/** My own check-ins in full: today's, the last two weeks' (to fill in or change), my chart, and what I share. */
export async function myCheckIns(db: Executor, viewer: CoupleViewer, range: ChartRange, now: Date) {
  const today = localDateOf(now, viewer.me.timeZone);
  const { from, readFrom } = chartWindow(today, range);
  const me = { coupleId: viewer.couple.id, person: viewer.me };
  const [readings, sharing, directions] = await Promise.all([
    readingsOf(db, me, readFrom, today, true),
    sharingLevelOf(db, viewer.couple.id, viewer.me.id),
    directionsFor(db, me, today),
  ]);
  const earliestEditable = addDays(today, -CHECK_IN_DAYS_BACK);
  return {
    today,
    range,
    sharing,
    /** The days I may check in for, today first. */
    editableDays: Array.from({ length: CHECK_IN_DAYS_BACK + 1 }, (_, back) => addDays(today, -back)),
    todays: readings.find((reading) => reading.day === today) ?? null,
    recent: readings.filter((reading) => reading.day >= earliestEditable).reverse(),
    directions,
    trends: trendsOf(readings, from, today),
  };
}

/** Whether I've checked in today: for my own eyes only (the partner is never told of a skipped day). */
const checkInOfDay = preparedQuery((db) =>
  db
    .select({ day: checkIns.day })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.coupleId, sql.placeholder("coupleId")),
        eq(checkIns.userId, sql.placeholder("userId")),
        eq(checkIns.day, sql.placeholder("day")),
      ),
    )
    .prepare("check_in_of_day"),
);

export async function checkedInToday(db: Executor, viewer: CoupleViewer, now: Date) {
  const [row] = await checkInOfDay(db).execute({
    coupleId: viewer.couple.id,
    userId: viewer.me.id,
    day: localDateOf(now, viewer.me.timeZone),
  });
  return row !== undefined;
}

function editableDay(day: LocalDate | undefined, today: LocalDate): LocalDate {
  if (day === undefined) return today;
  const back = daysBetween(day, today);
  if (back < 0)
    throw new DomainError("BAD_REQUEST", "That day hasn't come yet: check in for today or a day before.", "day");
  if (back > CHECK_IN_DAYS_BACK)
    throw new DomainError("BAD_REQUEST", "You can fill in any of the last two weeks, not further back.", "day");
  return day;
}

/**
 * Only numbers shared make a check-in news for the partner: with the direction or nothing
 * shared, even "something changed" on the days I check in would tell them which days I skipped.
 */
async function announceCheckIn(db: Executor, viewer: CoupleViewer) {
  const level = await sharingLevelOf(db, viewer.couple.id, viewer.me.id);
  await announce(db, {
    coupleId: viewer.couple.id,
    topic: "checkIns",
    actorId: viewer.me.id,
    audience: level === "numbers" ? "couple" : "actor",
  });
}

/** Today's reading (or a missed day's), replacing any reading of that day. */
export async function recordCheckIn(
  db: Executor,
  viewer: CoupleViewer,
  input: Record<Measure, number> & { day?: LocalDate; note: string | null },
  now: Date,
): Promise<MyCheckIn> {
  const day = editableDay(input.day, localDateOf(now, viewer.me.timeZone));
  const values = {
    safety: input.safety,
    trust: input.trust,
    connection: input.connection,
    note: input.note,
    updatedAt: now,
  };
  const [row] = await db
    .insert(checkIns)
    .values({ coupleId: viewer.couple.id, userId: viewer.me.id, day, createdAt: now, ...values })
    .onConflictDoUpdate({ target: [checkIns.coupleId, checkIns.userId, checkIns.day], set: values })
    .returning({
      day: checkIns.day,
      safety: checkIns.safety,
      trust: checkIns.trust,
      connection: checkIns.connection,
      note: checkIns.note,
    });
  if (!row) throw new Error("upsert returned no row");
  await announceCheckIn(db, viewer);
  return row;
}

/** Takes a day's reading away, as if it had not been written. */
export async function removeCheckIn(db: Executor, viewer: CoupleViewer, day: LocalDate) {
  const [row] = await db
    .delete(checkIns)
    .where(and(eq(checkIns.coupleId, viewer.couple.id), eq(checkIns.userId, viewer.me.id), eq(checkIns.day, day)))
    .returning({ day: checkIns.day });
  if (!row) throw new DomainError("NOT_FOUND", "There's no check-in of yours on that day.");
  await announceCheckIn(db, viewer);
  return { day: row.day };
}

/** What my partner sees of my check-ins, from now on and for the past too. */
export async function setSharing(db: Executor, viewer: CoupleViewer, level: SharingLevel, now: Date) {
  await db
    .insert(checkInSharing)
    .values({ coupleId: viewer.couple.id, userId: viewer.me.id, level, setAt: now })
    .onConflictDoUpdate({ target: [checkInSharing.coupleId, checkInSharing.userId], set: { level, setAt: now } });
  await announce(db, { coupleId: viewer.couple.id, topic: "checkIns", actorId: viewer.me.id });
  return { level };
}
