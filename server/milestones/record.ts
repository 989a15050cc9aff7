import type { Executor } from "@/db/client";
import { milestones, type MilestoneKind } from "@/db/schema";
import { notifyCouple } from "../notifications/notify";

export type NewMilestone = {
  coupleId: string;
  kind: MilestoneKind;
  title: string;
  occurredOn: string;
  createdBy: string | null;
  note?: string | null;
  /** The record behind an automatic milestone: the same source is recorded once, however often it is called. */
  sourceId?: string;
};

/** Records a milestone on the couple's timeline; call it inside the transaction of the change that earned it. */
export async function recordMilestone(db: Executor, milestone: NewMilestone) {
  const [row] = await db.insert(milestones).values(milestone).onConflictDoNothing().returning({ id: milestones.id });
  if (row) await notifyCouple(db, milestone.coupleId, milestone.createdBy, "milestones", "/timeline", new Date());
  return row?.id ?? null;
}
