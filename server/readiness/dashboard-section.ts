import { eq, sql } from "drizzle-orm";
import { talkReadiness, type ReadinessState } from "@/db/schema";
import { defineSection, jsonList, toDate } from "../dashboard/section";

type RawReadiness = { userId: string; state: ReadinessState; note: string | null; setAt: string };

/** Both partners' talk readiness: the partner's goes first on the dashboard, mine beside it to change with one tap. */
export const readinessSection = defineSection({
  key: "readiness",
  select: (p) =>
    jsonList(
      {
        userId: talkReadiness.userId,
        state: talkReadiness.state,
        note: talkReadiness.note,
        setAt: talkReadiness.setAt,
      },
      sql`from ${talkReadiness} where ${eq(talkReadiness.coupleId, p.coupleId)}`,
      sql`${talkReadiness.userId}`,
      2,
    ),
  shape: (raw: RawReadiness[] | null, viewer) => {
    const of = (userId: string | undefined) => {
      const row = (raw ?? []).find((r) => r.userId === userId);
      return row ? { state: row.state, note: row.note, setAt: toDate(row.setAt) ?? new Date(0) } : null;
    };
    return { panel: { mine: of(viewer.me.id), partner: viewer.partner ? of(viewer.partner.id) : null } };
  },
});
