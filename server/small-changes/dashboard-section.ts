import { defineSection } from "../dashboard/section";
import type { StreakHighlight, TodayItem } from "../responsibilities/dashboard-section";
import { listSmallChanges } from "./service";

const ENCOURAGEMENT_SHOWN_FOR_MS = 7 * 86_400_000;

/**
 * Small changes on the dashboard, from the responsibilities page's own list: mine to check
 * off today, both partners' streaks, and the latest encouragement my partner sent me this week.
 */
export const smallChangesSection = defineSection({
  key: "smallChanges",
  summary: async (db, { viewer, now }) => {
    const today: TodayItem[] = [];
    const streaks: StreakHighlight[] = [];
    let encouragement: { id: string; title: string; message: string; fromName: string; at: Date } | null = null;
    const shownSince = now.getTime() - ENCOURAGEMENT_SHOWN_FOR_MS;
    for (const change of await listSmallChanges(db, viewer, now)) {
      const mine = change.owner.isMe;
      if (mine) {
        // Newest first: the first from my partner is the latest they sent on this change.
        const latest = change.encouragements.find((note) => !note.fromMe);
        if (latest && latest.at.getTime() >= shownSince && (!encouragement || latest.at > encouragement.at))
          encouragement = {
            id: latest.id,
            title: change.title,
            message: latest.message,
            fromName: latest.fromName,
            at: latest.at,
          };
      }
      if (change.stopped) continue;
      const { progress } = change;
      if (mine)
        today.push({
          id: change.id,
          kind: "change",
          title: change.title,
          keptNow: progress.keptNow,
          streak: progress.streak,
          weekly: false,
        });
      if (progress.streak >= 2) {
        streaks.push({
          id: change.id,
          kind: "change",
          title: change.title,
          ownerName: change.owner.name,
          mine,
          streak: progress.streak,
          unit: "days",
        });
      }
    }
    return { panel: { today, streaks, encouragement } };
  },
});
