import { and, eq, isNull, ne } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { responsibilities, responsibilityCheckOffs } from "@/db/schema";
import { DomainError } from "../errors";
import { streakUnit } from "../domain/streaks";
import type { PartneredViewer } from "../viewer";
import { recordCheckOff, removeCheckOff, type CheckOffKind } from "../check-offs/record-check-off";
import { announce } from "../live/bus";
import { findResponsibility, TOPIC } from "./service";

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

const RESPONSIBILITY_CHECK_OFFS: CheckOffKind<PartneredViewer> = {
  table: responsibilityCheckOffs,
  recordId: responsibilityCheckOffs.responsibilityId,
  row: ({ coupleId, recordId, day, by, now }) => ({
    coupleId,
    responsibilityId: recordId,
    day,
    checkedBy: by,
    createdAt: now,
  }),
  topic: TOPIC,
  find: assertCheckable,
  milestoneTitle: (viewer, row, n) =>
    `${viewer.me.name} kept “${row.title}” ${n} ${streakUnit(row.cadence, n)} in a row`,
};

/** The owner checks off a day of an agreed responsibility (see recordCheckOff). */
export function checkOffResponsibility(
  db: Database,
  viewer: PartneredViewer,
  input: { id: string; day?: string },
  now: Date,
) {
  return recordCheckOff(db, RESPONSIBILITY_CHECK_OFFS, viewer, input, now);
}

export function undoCheckOff(db: Database, viewer: PartneredViewer, input: { id: string; day: string }, now: Date) {
  return removeCheckOff(db, RESPONSIBILITY_CHECK_OFFS, viewer, input, now);
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
