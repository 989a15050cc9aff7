import { and, eq, inArray, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { talkReadiness, type ReadinessState } from "@/db/schema";
import { announce } from "../live/bus";
import type { CoupleViewer } from "../viewer";

export type Readiness = { state: ReadinessState; note: string | null; setAt: Date };

/** Both partners' current readiness, from the caller's side: mine, and the partner's (null until they set one). */
const readinessOfBoth = preparedQuery((db) =>
  db
    .select({
      userId: talkReadiness.userId,
      state: talkReadiness.state,
      note: talkReadiness.note,
      setAt: talkReadiness.setAt,
    })
    .from(talkReadiness)
    .where(
      and(
        eq(talkReadiness.coupleId, sql.placeholder("coupleId")),
        inArray(talkReadiness.userId, [sql.placeholder("me"), sql.placeholder("partner")]),
      ),
    )
    .prepare("readiness_of_both"),
);

export async function loadReadiness(db: Executor, viewer: CoupleViewer) {
  // No partner yet: null matches no one.
  const rows = await readinessOfBoth(db).execute({
    coupleId: viewer.couple.id,
    me: viewer.me.id,
    partner: viewer.partner?.id ?? null,
  });
  const of = (userId: string | undefined): Readiness | null => {
    const row = rows.find((r) => r.userId === userId);
    return row ? { state: row.state, note: row.note, setAt: row.setAt } : null;
  };
  return { mine: of(viewer.me.id), partner: viewer.partner ? of(viewer.partner.id) : null };
}

/** One tap: replaces my readiness (and its note) and tells the partner's open screens. */
export async function setReadiness(
  db: Executor,
  viewer: CoupleViewer,
  input: { state: ReadinessState; note: string | null },
  now: Date,
): Promise<Readiness> {
  const values = { state: input.state, note: input.note, setAt: now };
  await db
    .insert(talkReadiness)
    .values({ coupleId: viewer.couple.id, userId: viewer.me.id, ...values })
    .onConflictDoUpdate({ target: [talkReadiness.coupleId, talkReadiness.userId], set: values });
  await announce(db, { coupleId: viewer.couple.id, topic: "readiness", actorId: viewer.me.id });
  return values;
}
