import { and, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dateIdeas, datePlans, memories } from "@/db/schema";
import { catalogueIdea } from "../domain/date-ideas";
import { maySeeDetails } from "../domain/surprise";
import { DomainError } from "../errors";
import type { CoupleViewer } from "../viewer";
import { personRef, planRowColumns, type PlanRecord } from "./shape";

// A plan as stored, read for this couple: shared by the reads (reading.ts) and the writes (service.ts).
export const PLAN_NOT_FOUND = "We couldn't find that date.";

const planColumns = {
  ...planRowColumns,
  ideaId: datePlans.ideaId,
  customIdeaTitle: dateIdeas.title,
  memoryId: datePlans.memoryId,
  memoryTitle: memories.title,
  completedAt: datePlans.completedAt,
  cancelledAt: datePlans.cancelledAt,
};

export type PlanRow = Omit<PlanRecord, "ideaTitle"> & { customIdeaTitle: string | null };

export function toRecord({ customIdeaTitle, ...row }: PlanRow): PlanRecord {
  const ideaTitle = row.ideaId ? (catalogueIdea(row.ideaId)?.title ?? customIdeaTitle) : null;
  return { ...row, ideaTitle };
}

/** Plans of a couple (its id, or a placeholder for it), with the titles of the idea and memory they came from, in one statement. */
export function selectPlans(db: Executor, coupleId: string | SQLWrapper, where?: SQL) {
  return db
    .select(planColumns)
    .from(datePlans)
    .leftJoin(
      dateIdeas,
      and(eq(dateIdeas.coupleId, datePlans.coupleId), sql`${dateIdeas.id}::text = ${datePlans.ideaId}`),
    )
    .leftJoin(memories, and(eq(memories.coupleId, datePlans.coupleId), eq(memories.id, datePlans.memoryId)))
    .where(and(eq(datePlans.coupleId, coupleId), where));
}

export async function loadPlanRecord(db: Executor, viewer: CoupleViewer, id: string): Promise<PlanRecord> {
  const [row] = await selectPlans(db, viewer.couple.id, eq(datePlans.id, id));
  if (!row) throw new DomainError("NOT_FOUND", PLAN_NOT_FOUND);
  return toRecord(row);
}

export function assertMaySee(plan: PlanRecord, viewer: CoupleViewer, now: Date) {
  if (!maySeeDetails(plan, viewer.me.id, now)) {
    const planner = personRef(viewer, plan.createdBy)?.name ?? "Your partner";
    // Says nothing about the plan: only whose surprise it is, which the partner already knows.
    throw new DomainError(
      "FORBIDDEN",
      `This is ${planner}'s surprise for you, so it's theirs to change until it's revealed.`,
    );
  }
}
