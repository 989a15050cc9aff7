import { and, asc, eq, inArray, ne, or } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  activityEvents,
  coupleMembers,
  dateIdeas,
  datePlans,
  dateReflections,
  forgivenessAnswerLog,
  forgivenessRequests,
  ideaReactions,
  memories,
  memoryPhotos,
  milestones,
  responsibilities,
  responsibilityCheckOffs,
  smallChangeCheckOffs,
  smallChangeEncouragements,
  smallChanges,
  talkReadiness,
  users,
  vents,
} from "@/db/schema";
import { loadPaceExport } from "../phases/export";
import type { Me } from "../viewer";

/** Awaits every promise of `pending` at once, keeping their names. */
async function allByName<T extends Record<string, Promise<unknown>>>(
  pending: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(pending));
  return Object.fromEntries(Object.keys(pending).map((name, i) => [name, values[i]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

/**
 * Every row the export reads, across all of this person's spaces: one query per table,
 * whatever their number, each already scoped to what they may see.
 */
export function loadExportRows(db: Executor, me: Me, coupleIds: string[], now: Date) {
  const inMine = (column: AnyPgColumn) => inArray(column, coupleIds);
  return allByName({
    // The partner's name and time zone only: never their email.
    partners: db
      .select({ coupleId: coupleMembers.coupleId, id: users.id, name: users.name, timeZone: users.timeZone })
      .from(coupleMembers)
      .innerJoin(users, eq(users.id, coupleMembers.userId))
      .where(and(inMine(coupleMembers.coupleId), ne(coupleMembers.userId, me.id))),
    milestoneRows: db
      .select()
      .from(milestones)
      .where(inMine(milestones.coupleId))
      .orderBy(asc(milestones.occurredOn), asc(milestones.id)),
    // A draft is its author's alone.
    requestRows: db
      .select()
      .from(forgivenessRequests)
      .where(
        and(
          inMine(forgivenessRequests.coupleId),
          or(eq(forgivenessRequests.authorId, me.id), ne(forgivenessRequests.status, "draft")),
        ),
      )
      .orderBy(asc(forgivenessRequests.createdAt)),
    answerRows: db
      .select()
      .from(forgivenessAnswerLog)
      .where(inMine(forgivenessAnswerLog.coupleId))
      .orderBy(asc(forgivenessAnswerLog.answeredAt)),
    responsibilityRows: db
      .select()
      .from(responsibilities)
      .where(inMine(responsibilities.coupleId))
      .orderBy(asc(responsibilities.createdAt)),
    responsibilityCheckOffRows: db
      .select()
      .from(responsibilityCheckOffs)
      .where(inMine(responsibilityCheckOffs.coupleId))
      .orderBy(asc(responsibilityCheckOffs.day)),
    smallChangeRows: db
      .select()
      .from(smallChanges)
      .where(inMine(smallChanges.coupleId))
      .orderBy(asc(smallChanges.createdAt)),
    smallChangeCheckOffRows: db
      .select()
      .from(smallChangeCheckOffs)
      .where(inMine(smallChangeCheckOffs.coupleId))
      .orderBy(asc(smallChangeCheckOffs.day)),
    encouragementRows: db
      .select()
      .from(smallChangeEncouragements)
      .where(inMine(smallChangeEncouragements.coupleId))
      .orderBy(asc(smallChangeEncouragements.createdAt)),
    readinessRows: db.select().from(talkReadiness).where(inMine(talkReadiness.coupleId)),
    ventRows: db.select().from(vents).where(inMine(vents.coupleId)).orderBy(asc(vents.createdAt)),
    ideaRows: db.select().from(dateIdeas).where(inMine(dateIdeas.coupleId)).orderBy(asc(dateIdeas.createdAt)),
    reactionRows: db.select().from(ideaReactions).where(inMine(ideaReactions.coupleId)),
    planRows: db
      .select()
      .from(datePlans)
      .where(inMine(datePlans.coupleId))
      .orderBy(asc(datePlans.startsAt), asc(datePlans.id)),
    reflectionRows: db.select().from(dateReflections).where(inMine(dateReflections.coupleId)),
    memoryRows: db
      .select()
      .from(memories)
      .where(inMine(memories.coupleId))
      .orderBy(asc(memories.happenedOn), asc(memories.id)),
    // Never the bytes: the export stays a readable text file.
    photoRows: db
      .select({
        coupleId: memoryPhotos.coupleId,
        memoryId: memoryPhotos.memoryId,
        contentType: memoryPhotos.contentType,
        byteSize: memoryPhotos.byteSize,
        uploadedBy: memoryPhotos.uploadedBy,
        uploadedAt: memoryPhotos.uploadedAt,
      })
      .from(memoryPhotos)
      .where(inMine(memoryPhotos.coupleId)),
    // Only my own comings and goings: the partner's are theirs.
    activityRows: db
      .select({ coupleId: activityEvents.coupleId, topic: activityEvents.topic, occurredAt: activityEvents.occurredAt })
      .from(activityEvents)
      .where(and(inMine(activityEvents.coupleId), eq(activityEvents.actorId, me.id)))
      .orderBy(asc(activityEvents.occurredAt)),
    paceOf: loadPaceExport(db, me, coupleIds, now),
  });
}

export type ExportRows = Awaited<ReturnType<typeof loadExportRows>>;
