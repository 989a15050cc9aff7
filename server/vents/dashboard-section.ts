import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { vents } from "@/db/schema";
import { defineSection, jsonList, toDate, type DashboardItem } from "../dashboard/section";

type RawVent = { id: string; authorId: string; excerpt: string; createdAt: string };

const LIMIT = 20;
const EXCERPT = 90;

function excerptOf(body: string) {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}

/** Vents not yet acknowledged: the partner's wait on me (Your turn), mine wait on them. */
export const ventsSection = defineSection({
  key: "vents",
  select: (p) =>
    jsonList(
      {
        id: vents.id,
        authorId: vents.authorId,
        excerpt: sql`left(${vents.body}, ${EXCERPT + 1})`,
        createdAt: vents.createdAt,
      },
      sql`from ${vents} where ${and(eq(vents.coupleId, p.coupleId), isNull(vents.acknowledgedAt))}`,
      sql`${desc(vents.createdAt)}, ${desc(vents.id)}`,
      LIMIT,
    ),
  shape: (raw: RawVent[] | null, viewer) => {
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = [];
    const waitingOnPartner: DashboardItem[] = [];
    for (const vent of raw ?? []) {
      const item = {
        id: vent.id,
        detail: excerptOf(vent.excerpt),
        href: `/vents#vent-${vent.id}`,
        at: toDate(vent.createdAt),
      };
      if (vent.authorId === viewer.me.id) {
        waitingOnPartner.push({ ...item, kind: "vents.awaiting", title: "What you let out" });
      } else {
        yourTurn.push({ ...item, kind: "vents.unacknowledged", title: `${partnerName} needed to let something out` });
      }
    }
    return { yourTurn, waitingOnPartner };
  },
});
