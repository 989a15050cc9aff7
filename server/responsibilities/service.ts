import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { responsibilities, responsibilityCheckOffs, type Responsibility } from "@/db/schema";
import { DomainError } from "../errors";
import { progressOfDayNumbers } from "../domain/occurrence-progress";
import { addDays } from "../domain/calendar-days";
import { localDateOf } from "../domain/zoned-time";
import { keptDaysQuery } from "../check-offs/record-check-off";
import { personOf, type CoupleViewer } from "../viewer";

/** The live topic every change to a couple's responsibilities is announced on. */
export const TOPIC = "responsibilities";

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "We couldn't find that responsibility.");
}

/** The row, only if it belongs to the caller's couple: another couple's id reads as missing. */
export async function findResponsibility(
  db: Executor,
  viewer: CoupleViewer,
  id: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(responsibilities)
    .where(and(eq(responsibilities.coupleId, viewer.couple.id), eq(responsibilities.id, id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

const ofCouple = preparedQuery((db) =>
  db
    .select()
    .from(responsibilities)
    .where(eq(responsibilities.coupleId, sql.placeholder("coupleId")))
    .orderBy(asc(responsibilities.createdAt), asc(responsibilities.id))
    .prepare("responsibilities_of_couple"),
);

const keptDays = keptDaysQuery(
  responsibilityCheckOffs,
  responsibilityCheckOffs.responsibilityId,
  "responsibility_kept_days",
);

/** The couple's check-offs since a day, newest first, with their acknowledgement. */
const checkOffsSince = preparedQuery((db) =>
  db
    .select({
      id: responsibilityCheckOffs.id,
      responsibilityId: responsibilityCheckOffs.responsibilityId,
      day: responsibilityCheckOffs.day,
      acknowledgedAt: responsibilityCheckOffs.acknowledgedAt,
    })
    .from(responsibilityCheckOffs)
    .where(
      and(
        eq(responsibilityCheckOffs.coupleId, sql.placeholder("coupleId")),
        gte(responsibilityCheckOffs.day, sql.placeholder("since")),
      ),
    )
    .orderBy(desc(responsibilityCheckOffs.day), desc(responsibilityCheckOffs.id))
    .prepare("responsibility_check_offs_since"),
);

/**
 * Every responsibility of the couple as the caller sees it: whose turn it is to answer,
 * and, for the agreed ones, the streak and 30-day kept-rate in the owner's own time zone.
 * The responsibilities page's list and the dashboard's summary of it; its three queries are
 * asked for at once.
 */
export async function listResponsibilities(db: Executor, viewer: CoupleViewer, now: Date) {
  // The past week's check-offs (for the cards), from the earlier of the two partners' today.
  const zones = [viewer.me.timeZone, viewer.partner?.timeZone ?? viewer.me.timeZone];
  const earliestWeekStart = addDays(zones.map((zone) => localDateOf(now, zone)).sort()[0]!, -6);
  const coupleId = viewer.couple.id;
  const [rows, dayLists, recent] = await Promise.all([
    ofCouple(db).execute({ coupleId }),
    keptDays(db).execute({ coupleId }),
    checkOffsSince(db).execute({ coupleId, since: earliestWeekStart }),
  ]);
  const daysOf = new Map(dayLists.map((list) => [list.recordId, list.days]));
  const recentOf = new Map<string, typeof recent>();
  for (const checkOff of recent)
    recentOf.set(checkOff.responsibilityId, [...(recentOf.get(checkOff.responsibilityId) ?? []), checkOff]);

  return rows.map((row) => shapeResponsibility(viewer, row, daysOf.get(row.id) ?? [], recentOf.get(row.id) ?? [], now));
}

function shapeResponsibility(
  viewer: CoupleViewer,
  row: Responsibility,
  days: number[],
  recent: { id: string; day: string; acknowledgedAt: Date | null }[],
  now: Date,
) {
  const owner = personOf(viewer, row.ownerId);
  const today = localDateOf(now, owner.timeZone);
  const progress = row.startedOn ? progressOfDayNumbers(row.cadence, days, today, row.startedOn) : null;
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
    /** When its terms or a pending change last moved: a proposal, a counter-proposal, a request to pause. */
    changedAt: row.pendingChangeAt ?? row.updatedAt,
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
