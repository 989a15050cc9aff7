import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { preparedQuery } from "@/db/client";
import { vents } from "@/db/schema";
import { defineSection, type DashboardItem } from "../dashboard/section";

const LIMIT = 20;
const EXCERPT = 90;

function excerptOf(body: string) {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}

const unacknowledged = preparedQuery((db) =>
  db
    .select({
      id: vents.id,
      authorId: vents.authorId,
      // Enough of the body for the excerpt, not the whole of a long vent.
      excerpt: sql<string>`left(${vents.body}, ${sql.raw(String(EXCERPT + 1))})`,
      createdAt: vents.createdAt,
    })
    .from(vents)
    .where(and(eq(vents.coupleId, sql.placeholder("coupleId")), isNull(vents.acknowledgedAt)))
    .orderBy(desc(vents.createdAt), desc(vents.id))
    .limit(LIMIT)
    .prepare("unacknowledged_vents"),
);

/** Vents not yet acknowledged: the partner's wait on me (Your turn), mine wait on them. */
export const ventsSection = defineSection({
  key: "vents",
  summary: async (db, { viewer }) => {
    const waiting = await unacknowledged(db).execute({ coupleId: viewer.couple.id });
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = [];
    const waitingOnPartner: DashboardItem[] = [];
    for (const vent of waiting) {
      const item = { id: vent.id, detail: excerptOf(vent.excerpt), href: `/vents#vent-${vent.id}`, at: vent.createdAt };
      if (vent.authorId === viewer.me.id) {
        waitingOnPartner.push({ ...item, kind: "vents.awaiting", title: "What you let out" });
      } else {
        yourTurn.push({ ...item, kind: "vents.unacknowledged", title: `${partnerName} needed to let something out` });
      }
    }
    return { yourTurn, waitingOnPartner };
  },
});
