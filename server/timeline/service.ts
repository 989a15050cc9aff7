import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { milestones, type MilestoneKind } from "@/db/schema";
import { dayOfRepair } from "../domain/day-count";
import { localDateOf } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import { recordMilestone } from "../milestones/record";
import type { CoupleViewer } from "../viewer";
import type { listTimelineSchema } from "./schema";

export type TimelineEntry = {
  id: string;
  kind: MilestoneKind;
  title: string;
  note: string | null;
  occurredOn: string;
  /** "Day 143" of the repair; null for a moment from before it began. */
  day: number | null;
  /** A hand-added milestone its author may take back; automatic ones are part of the story. */
  canRemove: boolean;
};

function dayOf(occurredOn: string, repairBeganOn: string) {
  return occurredOn < repairBeganOn ? null : dayOfRepair(repairBeganOn, occurredOn);
}

/**
 * The journey, newest first, one keyset page at a time: the row comparison lets the
 * (couple_id, occurred_on desc, id desc) index find any page directly, so the ten
 * thousandth entry costs what the tenth does. "nulls last" must match the index as
 * Drizzle created it: a plain `desc` means nulls first, and the planner then sorts the
 * couple's whole history instead of reading the index in order.
 */
export function timelinePageQuery(db: Executor, viewer: CoupleViewer, input: z.output<typeof listTimelineSchema>) {
  const { kind, cursor, limit } = input;
  return db
    .select({
      id: milestones.id,
      kind: milestones.kind,
      title: milestones.title,
      note: milestones.note,
      occurredOn: milestones.occurredOn,
      createdBy: milestones.createdBy,
    })
    .from(milestones)
    .where(
      and(
        eq(milestones.coupleId, viewer.couple.id),
        kind ? eq(milestones.kind, kind) : undefined,
        cursor
          ? sql`(${milestones.occurredOn}, ${milestones.id}) < (${cursor.occurredOn}::date, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${milestones.occurredOn} desc nulls last`, sql`${milestones.id} desc nulls last`)
    .limit(limit + 1);
}

export async function listTimeline(
  db: Executor,
  viewer: CoupleViewer,
  input: z.output<typeof listTimelineSchema>,
  now: Date,
) {
  const { limit } = input;
  const rows = await timelinePageQuery(db, viewer, input);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const { repairBeganOn } = viewer.couple;
  return {
    repairBeganOn,
    today: dayOfRepair(repairBeganOn, localDateOf(now, viewer.me.timeZone)),
    items: page.map(
      (row): TimelineEntry => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        note: row.note,
        occurredOn: row.occurredOn,
        day: dayOf(row.occurredOn, repairBeganOn),
        canRemove: row.kind === "manual" && row.createdBy === viewer.me.id,
      }),
    ),
    nextCursor: rows.length > limit && last ? { occurredOn: last.occurredOn, id: last.id } : null,
  };
}

/** A moment worth keeping, added by hand. Not in the future: the timeline is what happened. */
export async function addMilestone(
  db: Executor,
  viewer: CoupleViewer,
  input: { title: string; occurredOn: string; note: string | null },
  now: Date,
) {
  if (input.occurredOn > localDateOf(now, viewer.me.timeZone)) {
    throw new DomainError("BAD_REQUEST", "Choose today or a day that has already happened.", "occurredOn");
  }
  const id = await recordMilestone(db, {
    coupleId: viewer.couple.id,
    kind: "manual",
    title: input.title,
    note: input.note,
    occurredOn: input.occurredOn,
    createdBy: viewer.me.id,
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "timeline", actorId: viewer.me.id });
  return { id };
}

/** Its author takes back a hand-added milestone; recorded ones stay. */
export async function removeMilestone(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select({ kind: milestones.kind, createdBy: milestones.createdBy })
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.coupleId, viewer.couple.id)));
  if (!row) throw new DomainError("NOT_FOUND", "We couldn't find that milestone. It may have been removed.");
  if (row.kind !== "manual")
    throw new DomainError("FORBIDDEN", "Milestones recorded along the way stay on the timeline.");
  if (row.createdBy !== viewer.me.id)
    throw new DomainError("FORBIDDEN", "Only the person who added this milestone can remove it.");
  await db.delete(milestones).where(and(eq(milestones.id, id), eq(milestones.coupleId, viewer.couple.id)));
  await announce(db, { coupleId: viewer.couple.id, topic: "timeline", actorId: viewer.me.id });
  return { id };
}
