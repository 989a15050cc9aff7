import { defineSection, type DashboardItem } from "../dashboard/section";
import { streakUnit } from "../domain/streaks";
import { listResponsibilities } from "./service";

const changeWords = { pause: "pause", resume: "resume", retire: "retire" } as const;
/** The partner's check-offs shown to thank them for, newest first. */
const TO_ACKNOWLEDGE = 5;

/** A streak worth showing on the dashboard: effort, never a score of a person. */
export type StreakHighlight = {
  id: string;
  kind: "responsibility" | "change";
  title: string;
  ownerName: string;
  mine: boolean;
  streak: number;
  unit: string;
};
export type TodayItem = {
  id: string;
  kind: "responsibility" | "change";
  title: string;
  keptNow: boolean;
  streak: number;
  weekly: boolean;
};

/**
 * Responsibilities on the dashboard, from the responsibilities page's own list: proposals and
 * pause/retire requests waiting on me (Your turn) or on my partner, today's duties for me, my
 * partner's check-offs of this week I might thank them for, and the streaks.
 */
export const responsibilitiesSection = defineSection({
  key: "responsibilities",
  summary: async (db, { viewer, now }) => {
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = [];
    const waitingOnPartner: DashboardItem[] = [];
    const today: TodayItem[] = [];
    const streaks: StreakHighlight[] = [];
    const toAcknowledge: { id: string; title: string; day: string; ownerName: string }[] = [];
    for (const item of await listResponsibilities(db, viewer, now)) {
      const base = {
        id: item.id,
        title: item.title,
        href: `/responsibilities#responsibility-${item.id}`,
        at: item.changedAt,
      };
      if (item.status === "proposed") {
        const revised = item.previousTerms !== null;
        if (item.proposedByMe) {
          waitingOnPartner.push({
            ...base,
            kind: "responsibility.proposed",
            detail: revised ? "Your suggested change" : "Your proposal",
          });
        } else {
          yourTurn.push({
            ...base,
            kind: "responsibility.proposal",
            detail: revised ? `${partnerName} suggested a change` : `${partnerName} proposed this`,
          });
        }
      } else if (item.pendingChange) {
        const verb = changeWords[item.pendingChange.kind];
        if (item.pendingChange.requestedByMe) {
          waitingOnPartner.push({ ...base, kind: "responsibility.change", detail: `You asked to ${verb} this` });
        } else {
          yourTurn.push({ ...base, kind: "responsibility.change", detail: `${partnerName} asks to ${verb} this` });
        }
      }

      const { progress, cadence } = item;
      if (item.status === "agreed" && progress) {
        const mine = item.owner.isMe;
        if (mine && progress.dueNow && !(cadence.kind === "once" && progress.keptNow)) {
          today.push({
            id: item.id,
            kind: "responsibility",
            title: item.title,
            keptNow: progress.keptNow,
            streak: progress.streak,
            weekly: cadence.kind === "weekly",
          });
        }
        if (progress.streak >= 2 && cadence.kind !== "once") {
          streaks.push({
            id: item.id,
            kind: "responsibility",
            title: item.title,
            ownerName: item.owner.name,
            mine,
            streak: progress.streak,
            unit: streakUnit(cadence, progress.streak),
          });
        }
      }

      if (!item.owner.isMe && (item.status === "agreed" || item.status === "paused")) {
        for (const checkOff of item.recentCheckOffs) {
          if (!checkOff.acknowledged)
            toAcknowledge.push({ id: checkOff.id, title: item.title, day: checkOff.day, ownerName: item.owner.name });
        }
      }
    }
    toAcknowledge.sort((a, b) => b.day.localeCompare(a.day) || b.id.localeCompare(a.id));

    return {
      yourTurn,
      waitingOnPartner,
      panel: { today, streaks, toAcknowledge: toAcknowledge.slice(0, TO_ACKNOWLEDGE) },
    };
  },
});
