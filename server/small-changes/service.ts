import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import { preparedQuery, type Database, type Executor } from "@/db/client";
import { smallChangeCheckOffs, smallChangeEncouragements, smallChanges, type SmallChange } from "@/db/schema";
import { DomainError } from "../errors";
import { progressOfDayNumbers } from "../domain/occurrence-progress";
import type { Cadence } from "../domain/occurrences";
import { localDateOf } from "../domain/zoned-time";
import { personOf, type CoupleViewer, type PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import { keptDaysQuery, recordCheckOff, removeCheckOff, type CheckOffKind } from "../check-offs/record-check-off";
import type { EncourageInput, StartSmallChangeInput } from "./schema";

const TOPIC = "changes";
/** Small changes are daily habits. */
const DAILY: Cadence = { kind: "daily" };
/** Encouragements shown with each change; older ones stay stored. */
const ENCOURAGEMENTS_SHOWN = 3;

async function findSmallChange(db: Executor, viewer: CoupleViewer, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(smallChanges)
    .where(and(eq(smallChanges.coupleId, viewer.couple.id), eq(smallChanges.id, id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", "We couldn't find that small change.");
  return row;
}

async function findOwnActiveChange(db: Executor, viewer: CoupleViewer, id: string, options: { lock?: boolean } = {}) {
  const row = await findSmallChange(db, viewer, id, options);
  if (row.ownerId !== viewer.me.id) {
    throw new DomainError("FORBIDDEN", "This is your partner's small change: only they check it off.");
  }
  if (row.stoppedAt) throw new DomainError("CONFLICT", "You've stopped tracking this one.");
  return row;
}

const ofCouple = preparedQuery((db) =>
  db
    .select()
    .from(smallChanges)
    .where(eq(smallChanges.coupleId, sql.placeholder("coupleId")))
    .orderBy(asc(smallChanges.createdAt), asc(smallChanges.id))
    .prepare("small_changes_of_couple"),
);

const keptDays = keptDaysQuery(smallChangeCheckOffs, smallChangeCheckOffs.smallChangeId, "small_change_kept_days");

/** The latest encouragements of each of the couple's small changes, newest first. */
const latestEncouragements = preparedQuery((db) => {
  const ranked = db
    .select({
      id: smallChangeEncouragements.id,
      smallChangeId: smallChangeEncouragements.smallChangeId,
      fromUserId: smallChangeEncouragements.fromUserId,
      message: smallChangeEncouragements.message,
      createdAt: smallChangeEncouragements.createdAt,
      rank: sql<number>`row_number() over (partition by ${smallChangeEncouragements.smallChangeId} order by ${smallChangeEncouragements.createdAt} desc, ${smallChangeEncouragements.id} desc)`.as(
        "rank",
      ),
    })
    .from(smallChangeEncouragements)
    .where(eq(smallChangeEncouragements.coupleId, sql.placeholder("coupleId")))
    .as("ranked");
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, ENCOURAGEMENTS_SHOWN))
    .orderBy(desc(ranked.createdAt))
    .prepare("latest_small_change_encouragements");
});

/**
 * Both partners' small changes, each with its streak in the owner's time zone and the latest
 * encouragements: the responsibilities page's list and the dashboard's summary of it. Its
 * three queries are asked for at once.
 */
export async function listSmallChanges(db: Executor, viewer: CoupleViewer, now: Date) {
  const coupleId = viewer.couple.id;
  const [rows, checkOffs, encouragements] = await Promise.all([
    ofCouple(db).execute({ coupleId }),
    keptDays(db).execute({ coupleId }),
    latestEncouragements(db).execute({ coupleId }),
  ]);
  const daysOf = new Map(checkOffs.map((list) => [list.recordId, list.days]));
  const notesOf = new Map<string, typeof encouragements>();
  for (const note of encouragements)
    notesOf.set(note.smallChangeId, [...(notesOf.get(note.smallChangeId) ?? []), note]);

  return rows.map((row) => shapeSmallChange(viewer, row, daysOf.get(row.id) ?? [], notesOf.get(row.id) ?? [], now));
}

function shapeSmallChange(
  viewer: CoupleViewer,
  row: SmallChange,
  days: number[],
  notes: { id: string; fromUserId: string; message: string; createdAt: Date }[],
  now: Date,
) {
  const owner = personOf(viewer, row.ownerId);
  const today = localDateOf(now, owner.timeZone);
  return {
    id: row.id,
    title: row.title,
    details: row.details,
    owner: { id: owner.id, name: owner.name, isMe: owner.id === viewer.me.id },
    startedOn: row.startedOn,
    stopped: row.stoppedAt !== null,
    today,
    progress: progressOfDayNumbers(DAILY, days, today, row.startedOn),
    encouragements: notes.map((note) => ({
      id: note.id,
      fromMe: note.fromUserId === viewer.me.id,
      fromName: personOf(viewer, note.fromUserId).name,
      message: note.message,
      at: note.createdAt,
    })),
  };
}

export type SmallChangeView = ReturnType<typeof shapeSmallChange>;

/** A habit for oneself: no agreement needed, it starts counting today in the owner's time zone. */
export async function startSmallChange(db: Database, viewer: CoupleViewer, input: StartSmallChangeInput, now: Date) {
  const [row] = await db
    .insert(smallChanges)
    .values({
      coupleId: viewer.couple.id,
      ownerId: viewer.me.id,
      title: input.title,
      details: input.details,
      startedOn: localDateOf(now, viewer.me.timeZone),
      createdAt: now,
    })
    .returning({ id: smallChanges.id });
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: row!.id };
}

const SMALL_CHANGE_CHECK_OFFS: CheckOffKind = {
  table: smallChangeCheckOffs,
  recordId: smallChangeCheckOffs.smallChangeId,
  row: ({ coupleId, recordId, day, now }) => ({ coupleId, smallChangeId: recordId, day, createdAt: now }),
  topic: TOPIC,
  find: async (db, viewer, id, options) => ({
    ...(await findOwnActiveChange(db, viewer, id, options)),
    cadence: DAILY,
  }),
  milestoneTitle: (viewer, change, n) => `${viewer.me.name} kept up “${change.title}” for ${n} days in a row`,
};

/** The owner marks a day kept (today, or a day of the week before); 7 / 30 / 100-day milestones in the same transaction. */
export function checkOffSmallChange(
  db: Database,
  viewer: CoupleViewer,
  input: { id: string; day?: string },
  now: Date,
) {
  return recordCheckOff(db, SMALL_CHANGE_CHECK_OFFS, viewer, input, now);
}

export function undoSmallChangeCheckOff(
  db: Database,
  viewer: CoupleViewer,
  input: { id: string; day: string },
  now: Date,
) {
  return removeCheckOff(db, SMALL_CHANGE_CHECK_OFFS, viewer, input, now);
}

/** The owner stops tracking a change; its history stays. */
export async function stopSmallChange(db: Database, viewer: CoupleViewer, id: string, now: Date) {
  const row = await findSmallChange(db, viewer, id);
  if (row.ownerId !== viewer.me.id) throw new DomainError("FORBIDDEN", "Only the person who took this on can stop it.");
  await db
    .update(smallChanges)
    .set({ stoppedAt: now })
    .where(and(eq(smallChanges.coupleId, viewer.couple.id), eq(smallChanges.id, id), isNull(smallChanges.stoppedAt)));
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id };
}

/** The partner sends a few warm words; the owner can't encourage themself. */
export async function encourageSmallChange(db: Database, viewer: PartneredViewer, input: EncourageInput, now: Date) {
  const row = await findSmallChange(db, viewer, input.id);
  if (row.ownerId === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "Encouragement is for your partner's small changes.");
  }
  const [note] = await db
    .insert(smallChangeEncouragements)
    .values({
      coupleId: viewer.couple.id,
      smallChangeId: row.id,
      fromUserId: viewer.me.id,
      message: input.message,
      createdAt: now,
    })
    .returning({ id: smallChangeEncouragements.id });
  await announce(db, { coupleId: viewer.couple.id, topic: TOPIC, actorId: viewer.me.id });
  return { id: note!.id };
}
