import { checkedInToday, sharedDirectionsOf } from "../check-ins/service";
import { openDisclosures } from "../disclosures/service";
import { defineSection, type DashboardItem } from "../dashboard/section";
import { loadPace, type PaceView } from "./service";

export type PaceSummary = {
  pace: PaceView;
  /** Mine alone: nobody else learns whether I checked in. */
  checkedInToday: boolean;
  /** What the partner shares of their check-ins, as the dashboard shows it: the level and the directions, never a day. */
  partnerCheckIns: Awaited<ReturnType<typeof sharedDirectionsOf>> | null;
};

/**
 * The pace of recovery on the dashboard: the phase, my own check-in, what my partner shares,
 * and disclosures waiting for an acknowledgement (under Your turn / Waiting on your partner).
 */
export const paceSection = defineSection({
  key: "pace",
  summary: async (db, { viewer, now }) => {
    const [pace, checkedIn, partnerCheckIns, open] = await Promise.all([
      loadPace(db, viewer),
      checkedInToday(db, viewer, now),
      viewer.partner ? sharedDirectionsOf(db, { coupleId: viewer.couple.id, person: viewer.partner }, now) : null,
      openDisclosures(db, viewer),
    ]);
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = [];
    const waitingOnPartner: DashboardItem[] = [];
    for (const disclosure of open) {
      const item = {
        id: disclosure.id,
        detail: null,
        href: `/disclosures#disclosure-${disclosure.id}`,
        at: disclosure.createdAt,
      };
      if (disclosure.byMe)
        waitingOnPartner.push({ ...item, kind: "disclosures.awaiting", title: "What you chose to tell" });
      else
        yourTurn.push({
          ...item,
          kind: "disclosures.unacknowledged",
          title: `${partnerName} chose to tell you something`,
        });
    }
    const panel: PaceSummary = { pace, checkedInToday: checkedIn, partnerCheckIns };
    return { yourTurn, waitingOnPartner, panel };
  },
});
