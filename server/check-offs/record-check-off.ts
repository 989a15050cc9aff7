import { and, eq, sql } from "drizzle-orm";
import { preparedQuery, type Database, type Executor } from "@/db/client";
import type { responsibilityCheckOffs, smallChangeCheckOffs } from "@/db/schema";
import { DomainError } from "../errors";
import type { LiveTopic } from "../live/topics";
import { checkOffProblem } from "../domain/occurrence-progress";
import type { LocalDate } from "../domain/calendar-days";
import type { Cadence } from "../domain/occurrences";
import { currentStreak } from "../domain/streaks";
import { localDateOf } from "../domain/zoned-time";
import { announce } from "../live/bus";
import { recordStreakMilestones } from "../responsibilities/streak-milestones";
import type { CoupleViewer } from "../viewer";

/** A record whose days its owner checks off: a responsibility or a small change. */
export type Checkable = { id: string; title: string; cadence: Cadence; startedOn: LocalDate };

type CheckOffTable = typeof responsibilityCheckOffs | typeof smallChangeCheckOffs;

/** One kind of checkable record: where its check-offs are kept, and who may check it off. */
export type CheckOffKind<V extends CoupleViewer = CoupleViewer> = {
  table: CheckOffTable;
  recordId: typeof responsibilityCheckOffs.responsibilityId | typeof smallChangeCheckOffs.smallChangeId;
  /** A new check-off's row: the couple, the record and the day, with whatever else the kind keeps. */
  row: (entry: {
    coupleId: string;
    recordId: string;
    day: LocalDate;
    by: string;
    now: Date;
  }) => CheckOffTable["$inferInsert"];
  topic: LiveTopic;
  /** The record, if this viewer may check it off; otherwise a DomainError. */
  find: (db: Executor, viewer: V, id: string, options?: { lock?: boolean }) => Promise<Checkable>;
  milestoneTitle: (viewer: V, record: Checkable, threshold: number) => string;
};

/**
 * Every kept day of each of a couple's records of one kind, as whole days since 1970-01-01
 * (see progressOfDayNumbers): what a list's streaks and kept-rates are counted from. In no
 * particular order: they are counted into a set, and sorting a year of days per record was
 * most of the statement's time.
 */
export function keptDaysQuery(table: CheckOffTable, recordId: CheckOffKind["recordId"], name: string) {
  return preparedQuery((db) =>
    db
      .select({ recordId, days: sql<number[]>`json_agg(${table.day} - date '1970-01-01')` })
      .from(table)
      .where(eq(table.coupleId, sql.placeholder("coupleId")))
      .groupBy(recordId)
      .prepare(name),
  );
}

function assertCheckableDay(record: Checkable, day: LocalDate, today: LocalDate) {
  const problem = checkOffProblem(record.cadence, day, today, record.startedOn);
  if (problem) throw new DomainError("BAD_REQUEST", problem, "day");
}

/**
 * The owner marks a day kept: today in their own time zone, or a day of the week before.
 * Milestones at 7, 30 and 100 are recorded in the same transaction.
 */
export async function recordCheckOff<V extends CoupleViewer>(
  db: Database,
  kind: CheckOffKind<V>,
  viewer: V,
  input: { id: string; day?: string },
  now: Date,
) {
  const { table } = kind;
  const today = localDateOf(now, viewer.me.timeZone);
  const day = input.day ?? today;
  const result = await db.transaction(async (tx) => {
    // The row lock orders two check-offs of one record, so both see each other's streak.
    const record = await kind.find(tx, viewer, input.id, { lock: true });
    assertCheckableDay(record, day, today);
    const existing = await tx
      .select({ day: table.day })
      .from(table)
      .where(and(eq(table.coupleId, viewer.couple.id), eq(kind.recordId, record.id)));
    const before = existing.map((c) => c.day);
    if (record.cadence.kind === "once" && before.length > 0 && !before.includes(day)) {
      throw new DomainError("CONFLICT", "This one-off is already done.");
    }
    const [inserted] = await tx
      .insert(table)
      .values(kind.row({ coupleId: viewer.couple.id, recordId: record.id, day, by: viewer.me.id, now }))
      .onConflictDoNothing()
      .returning({ day: table.day });
    const after = inserted ? [...before, day] : before;
    const previous = currentStreak(record.cadence, before, today, record.startedOn);
    const streak = currentStreak(record.cadence, after, today, record.startedOn);
    const milestones = await recordStreakMilestones(tx, {
      coupleId: viewer.couple.id,
      recordId: record.id,
      ownerId: viewer.me.id,
      previous,
      current: streak,
      occurredOn: today,
      title: (n) => kind.milestoneTitle(viewer, record, n),
    });
    return { day, streak, milestones, changed: Boolean(inserted) };
  });
  if (result.changed) await announce(db, { coupleId: viewer.couple.id, topic: kind.topic, actorId: viewer.me.id });
  return { day: result.day, streak: result.streak, milestones: result.milestones };
}

/** A mistaken tap can be undone within the same week; a milestone already reached stays. */
export async function removeCheckOff<V extends CoupleViewer>(
  db: Database,
  kind: CheckOffKind<V>,
  viewer: V,
  input: { id: string; day: string },
  now: Date,
) {
  const { table } = kind;
  const record = await kind.find(db, viewer, input.id);
  assertCheckableDay(record, input.day, localDateOf(now, viewer.me.timeZone));
  const deleted = await db
    .delete(table)
    .where(and(eq(table.coupleId, viewer.couple.id), eq(kind.recordId, record.id), eq(table.day, input.day)))
    .returning({ day: table.day });
  if (deleted.length) await announce(db, { coupleId: viewer.couple.id, topic: kind.topic, actorId: viewer.me.id });
  return { day: input.day };
}
