import { and, desc, eq, inArray, sql } from "drizzle-orm";
import {
  forgivenessAnswerLog,
  forgivenessRequests,
  STILL_OPEN,
  type ForgivenessKind,
  type ForgivenessStatus,
} from "@/db/schema";
import { defineSection, jsonList, toDate, type Bound, type DashboardItem } from "../dashboard/section";

type RawRequest = { id: string; kind: ForgivenessKind; status: ForgivenessStatus; sentAt: string; note: string | null };
type Raw = { askedOfMe: RawRequest[]; iAsked: RawRequest[] } | null;

const LIMIT = 10;

function listWhere(
  column: typeof forgivenessRequests.authorId | typeof forgivenessRequests.recipientId,
  coupleId: Bound["coupleId"],
  userId: Bound["meId"],
) {
  // The latest "more time" note, so the author sees what their partner chose to say.
  const latestNote = sql`(select ${forgivenessAnswerLog.note} from ${forgivenessAnswerLog} where ${forgivenessAnswerLog.coupleId} = ${forgivenessRequests.coupleId} and ${forgivenessAnswerLog.requestId} = ${forgivenessRequests.id} order by ${forgivenessAnswerLog.answeredAt} desc limit 1)`;
  return jsonList(
    {
      id: forgivenessRequests.id,
      kind: forgivenessRequests.kind,
      status: forgivenessRequests.status,
      sentAt: forgivenessRequests.sentAt,
      note: latestNote,
    },
    sql`from ${forgivenessRequests} where ${and(
      eq(forgivenessRequests.coupleId, coupleId),
      eq(column, userId),
      inArray(forgivenessRequests.status, [...STILL_OPEN]),
    )}`,
    sql`${desc(forgivenessRequests.sentAt)}, ${desc(forgivenessRequests.id)}`,
    LIMIT,
  );
}

function askedOfMeDetail(status: ForgivenessStatus) {
  if (status === "more_time") return "You said you need more time. There's no rush.";
  if (status === "not_ready") return "You said you're not ready to talk about this. That's okay.";
  return "Whenever you're ready. There's no deadline.";
}

function iAskedDetail(request: RawRequest, partnerName: string) {
  if (request.status === "more_time") {
    return request.note ? `${partnerName} needs more time: “${request.note}”` : `${partnerName} needs more time.`;
  }
  if (request.status === "not_ready") return `${partnerName} isn't ready to talk about this yet.`;
  return "Not answered yet. They can take all the time they need.";
}

/** Requests waiting on my answer (Your turn) and the ones I sent (Waiting on your partner). Drafts never appear. */
export const forgivenessSection = defineSection({
  key: "forgiveness",
  select: (p) =>
    sql`json_build_object('askedOfMe', ${listWhere(forgivenessRequests.recipientId, p.coupleId, p.meId)}, 'iAsked', ${listWhere(forgivenessRequests.authorId, p.coupleId, p.meId)})`,
  shape: (raw: Raw, viewer) => {
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = (raw?.askedOfMe ?? []).map((request) => ({
      id: request.id,
      kind: "forgiveness.asked",
      title:
        request.kind === "second_chance"
          ? `${partnerName} asks for a second chance`
          : `${partnerName} asks for your forgiveness`,
      detail: askedOfMeDetail(request.status),
      href: `/forgiveness/${request.id}`,
      at: toDate(request.sentAt),
    }));
    const waitingOnPartner: DashboardItem[] = (raw?.iAsked ?? []).map((request) => ({
      id: request.id,
      kind: "forgiveness.sent",
      title: request.kind === "second_chance" ? "Your request for a second chance" : "Your request for forgiveness",
      detail: iAskedDetail(request, partnerName),
      href: `/forgiveness/${request.id}`,
      at: toDate(request.sentAt),
    }));
    return { yourTurn, waitingOnPartner };
  },
});
