import type { ForgivenessStatus } from "@/db/schema";
import { defineSection, type DashboardItem } from "../dashboard/section";
import { openRequests } from "./reading";

const LIMIT = 10;

function askedOfMeDetail(status: ForgivenessStatus) {
  if (status === "more_time") return "You said you need more time. There's no rush.";
  if (status === "not_ready") return "You said you're not ready to talk about this. That's okay.";
  return "Whenever you're ready. There's no deadline.";
}

function iAskedDetail(status: ForgivenessStatus, note: string | null, partnerName: string) {
  if (status === "more_time") {
    return note ? `${partnerName} needs more time: “${note}”` : `${partnerName} needs more time.`;
  }
  if (status === "not_ready") return `${partnerName} isn't ready to talk about this yet.`;
  return "Not answered yet. They can take all the time they need.";
}

/**
 * Requests waiting on my answer (Your turn) and the ones I sent (Waiting on your partner): the
 * newest of the forgiveness page's two lists. Drafts never appear.
 */
export const forgivenessSection = defineSection({
  key: "forgiveness",
  summary: async (db, { viewer }) => {
    const [askedOfMe, iAsked] = await Promise.all([
      openRequests(db, viewer, "askedOfMe", LIMIT),
      openRequests(db, viewer, "iAsked", LIMIT),
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
      // The latest note, as the forgiveness page shows it.
      detail: iAskedDetail(
        request.status,
        request.answers.findLast((answer) => answer.note)?.note ?? null,
        partnerName,
      ),
      href: `/forgiveness/${request.id}`,
      at: request.sentAt,
    }));
    return { yourTurn, waitingOnPartner };
  },
});
