import { and, desc, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { forgivenessAnswerLog, forgivenessRequests, STILL_OPEN, type ForgivenessStatus } from "@/db/schema";
import { defineSection, type DashboardItem } from "../dashboard/section";
import type { CoupleViewer } from "../viewer";

const LIMIT = 10;

/**
 * A column named with its table, for a correlated subquery written as raw SQL inside a select
 * list: Drizzle writes a one-table select's columns bare there (its operators such as `eq`
 * keep the table), and a bare name inside the subquery would name the subquery's own column.
 */
function qualified(column: AnyPgColumn) {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * Still-open requests on one side of the caller: asked of me, or asked by me. Exported so a
 * test can check that each side reads its own partial index.
 */
export function openRequestsQuery(db: Executor, viewer: CoupleViewer, side: "askedOfMe" | "iAsked") {
  const column = side === "askedOfMe" ? forgivenessRequests.recipientId : forgivenessRequests.authorId;
  // The latest "more time" note, so the author sees what their partner chose to say.
  const latestNote = sql<
    string | null
  >`(select ${forgivenessAnswerLog.note} from ${forgivenessAnswerLog} where ${forgivenessAnswerLog.coupleId} = ${qualified(forgivenessRequests.coupleId)} and ${forgivenessAnswerLog.requestId} = ${qualified(forgivenessRequests.id)} order by ${forgivenessAnswerLog.answeredAt} desc limit 1)`;
  return db
    .select({
      id: forgivenessRequests.id,
      kind: forgivenessRequests.kind,
      status: forgivenessRequests.status,
      sentAt: forgivenessRequests.sentAt,
      note: latestNote,
    })
    .from(forgivenessRequests)
    .where(
      and(
        eq(forgivenessRequests.coupleId, viewer.couple.id),
        eq(column, viewer.me.id),
        inArray(forgivenessRequests.status, [...STILL_OPEN]),
      ),
    )
    .orderBy(desc(forgivenessRequests.sentAt), desc(forgivenessRequests.id))
    .limit(LIMIT);
}

function askedOfMeDetail(status: ForgivenessStatus) {
  if (status === "more_time") return "You said you need more time. There's no rush.";
  if (status === "not_ready") return "You said you're not ready to talk about this. That's okay.";
  return "Whenever you're ready. There's no deadline.";
}

function iAskedDetail(request: { status: ForgivenessStatus; note: string | null }, partnerName: string) {
  if (request.status === "more_time") {
    return request.note ? `${partnerName} needs more time: “${request.note}”` : `${partnerName} needs more time.`;
  }
  if (request.status === "not_ready") return `${partnerName} isn't ready to talk about this yet.`;
  return "Not answered yet. They can take all the time they need.";
}

/** Requests waiting on my answer (Your turn) and the ones I sent (Waiting on your partner). Drafts never appear. */
export const forgivenessSection = defineSection({
  key: "forgiveness",
  summary: async (db, { viewer }) => {
    const [askedOfMe, iAsked] = await Promise.all([
      openRequestsQuery(db, viewer, "askedOfMe"),
      openRequestsQuery(db, viewer, "iAsked"),
    ]);
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = askedOfMe.map((request) => ({
      id: request.id,
      kind: "forgiveness.asked",
      title:
        request.kind === "second_chance"
          ? `${partnerName} asks for a second chance`
          : `${partnerName} asks for your forgiveness`,
      detail: askedOfMeDetail(request.status),
      href: `/forgiveness/${request.id}`,
      at: request.sentAt,
    }));
    const waitingOnPartner: DashboardItem[] = iAsked.map((request) => ({
      id: request.id,
      kind: "forgiveness.sent",
      title: request.kind === "second_chance" ? "Your request for a second chance" : "Your request for forgiveness",
      detail: iAskedDetail(request, partnerName),
      href: `/forgiveness/${request.id}`,
      at: request.sentAt,
    }));
    return { yourTurn, waitingOnPartner };
  },
});
