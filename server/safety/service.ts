import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { keptSafetyChecks } from "@/db/schema";
import { hitsScore } from "../domain/hits";
import { DomainError } from "../errors";
import type { Me } from "../viewer";
import type { KeepSafetyCheckInput } from "./schema";

/*
 * Only for the person themself, and on purpose silent: no live event, no activity, no
 * milestone, nothing couple-scoped. Their partner's screens, counts and exports cannot
 * change because of anything here (server/safety/safety.test.ts reads them to prove it).
 */

const KEPT_LIMIT = 50;

/** Kept only when the person asks: the check is otherwise scored in the browser and forgotten. */
export async function keepSafetyCheck(db: Executor, me: Me, input: KeepSafetyCheckInput, now: Date) {
  const [row] = await db
    .insert(keptSafetyChecks)
    .values({ userId: me.id, answers: input.answers, score: hitsScore(input.answers), takenAt: now })
    .returning({ id: keptSafetyChecks.id, score: keptSafetyChecks.score, takenAt: keptSafetyChecks.takenAt });
  return row!;
}

export async function listKeptSafetyChecks(db: Executor, me: Me) {
  return db
    .select({
      id: keptSafetyChecks.id,
      answers: keptSafetyChecks.answers,
      score: keptSafetyChecks.score,
      takenAt: keptSafetyChecks.takenAt,
    })
    .from(keptSafetyChecks)
    .where(eq(keptSafetyChecks.userId, me.id))
    .orderBy(desc(keptSafetyChecks.takenAt), desc(keptSafetyChecks.id))
    .limit(KEPT_LIMIT);
}

export async function forgetSafetyCheck(db: Executor, me: Me, id: string) {
  const [row] = await db
    .delete(keptSafetyChecks)
    .where(and(eq(keptSafetyChecks.id, id), eq(keptSafetyChecks.userId, me.id)))
    .returning({ id: keptSafetyChecks.id });
  if (!row) throw new DomainError("NOT_FOUND", "We couldn't find that saved check. It may already be gone.");
  return { id };
}

export async function forgetAllSafetyChecks(db: Executor, me: Me) {
  await db.delete(keptSafetyChecks).where(eq(keptSafetyChecks.userId, me.id));
  return { forgotten: true };
}
