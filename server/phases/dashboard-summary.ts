import type { Executor } from "@/db/client";
import { checkedInToday, partnerCheckIns, type SharedCheckIns } from "../check-ins/service";
import { openDisclosures } from "../disclosures/service";
import type { DashboardItem } from "../dashboard/section";
import type { CoupleViewer } from "../viewer";
import { loadPace, type PaceView } from "./service";

/** What the partner shares of their check-ins, as the dashboard shows it: the level and the directions, never a day. */
export type PartnerCheckInSummary =
  | Exclude<SharedCheckIns, { level: "numbers" }>
  | { level: "numbers"; directions: Extract<SharedCheckIns, { level: "numbers" }>["directions"] };

export type PaceSummary = {
  pace: PaceView;
  /** Mine alone: nobody else learns whether I checked in. */
  checkedInToday: boolean;
  partnerCheckIns: PartnerCheckInSummary | null;
};

/**
 * The pace of recovery on the dashboard: the phase, my own check-in, what my partner shares,
 * and disclosures waiting for an acknowledgement (under Your turn / Waiting on your partner).
 */
export async function paceDashboardSummary(db: Executor, viewer: CoupleViewer, now: Date) {
  const [pace, checkedIn, shared, open] = await Promise.all([
    loadPace(db, viewer),
    checkedInToday(db, viewer, now),
    viewer.partner ? partnerCheckIns(db, { ...viewer, partner: viewer.partner }, now) : null,
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
  const summary: PaceSummary = {
    pace,
    checkedInToday: checkedIn,
    partnerCheckIns:
      shared && (shared.level === "numbers" ? { level: shared.level, directions: shared.directions } : shared),
  };
  return { summary, yourTurn, waitingOnPartner };
}
