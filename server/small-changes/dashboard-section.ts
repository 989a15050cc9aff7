import { and, asc, desc, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { smallChangeCheckOffs, smallChangeEncouragements, smallChanges } from "@/db/schema";
import { beforeNow, defineSection, jsonList, toDate } from "../dashboard/section";
import { progressOfDayNumbers } from "../domain/occurrence-progress";
import type { StreakHighlight, TodayItem } from "../responsibilities/dashboard-section";

type RawChange = { id: string; title: string; ownerId: string; startedOn: string; days: number[] };
type RawNote = { id: string; title: string; message: string; createdAt: string };
type Raw = { active: RawChange[]; encouragements: RawNote[] } | null;

const ENCOURAGEMENT_SHOWN_FOR_MS = 7 * 86_400_000;

/**
 * Small changes on the dashboard: mine to check off today, both partners' streaks, and
 * the latest encouragement my partner sent me this week.
 */
export const smallChangesSection = defineSection({
  key: "smallChanges",
  select: (p) => {
    // As whole days since 1970-01-01: see progressOfDayNumbers.
    const days = sql`(select coalesce(json_agg(${smallChangeCheckOffs.day} - date '1970-01-01' order by ${smallChangeCheckOffs.day}), '[]'::json) from ${smallChangeCheckOffs} where ${and(
      eq(smallChangeCheckOffs.coupleId, smallChanges.coupleId),
      eq(smallChangeCheckOffs.smallChangeId, smallChanges.id),
    )})`;
    const active = jsonList(
      {
        id: smallChanges.id,
        title: smallChanges.title,
        ownerId: smallChanges.ownerId,
        startedOn: smallChanges.startedOn,
        days,
      },
      sql`from ${smallChanges} where ${and(eq(smallChanges.coupleId, p.coupleId), isNull(smallChanges.stoppedAt))}`,
      sql`${asc(smallChanges.createdAt)}, ${asc(smallChanges.id)}`,
      50,
    );
    const encouragements = jsonList(
      {
        id: smallChangeEncouragements.id,
        title: smallChanges.title,
        message: smallChangeEncouragements.message,
        createdAt: smallChangeEncouragements.createdAt,
      },
      sql`from ${smallChangeEncouragements} join ${smallChanges} on ${and(
        eq(smallChanges.coupleId, smallChangeEncouragements.coupleId),
        eq(smallChanges.id, smallChangeEncouragements.smallChangeId),
      )} where ${and(
        eq(smallChangeEncouragements.coupleId, p.coupleId),
        eq(smallChanges.ownerId, p.meId),
        ne(smallChangeEncouragements.fromUserId, p.meId),
        gte(smallChangeEncouragements.createdAt, beforeNow(ENCOURAGEMENT_SHOWN_FOR_MS)),
      )}`,
      sql`${desc(smallChangeEncouragements.createdAt)}, ${desc(smallChangeEncouragements.id)}`,
      1,
    );
    return sql`json_build_object('active', ${active}, 'encouragements', ${encouragements})`;
  },
  shape: (raw: Raw, viewer, _now, todayOf) => {
    const partnerName = viewer.partner?.name ?? "Your partner";
    const today: TodayItem[] = [];
    const streaks: StreakHighlight[] = [];
    for (const change of raw?.active ?? []) {
      const mine = change.ownerId === viewer.me.id;
      const progress = progressOfDayNumbers({ kind: "daily" }, change.days, todayOf(change.ownerId), change.startedOn);
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
          ownerName: mine ? viewer.me.name : partnerName,
          mine,
          streak: progress.streak,
          unit: "days",
        });
      }
    }
    const note = raw?.encouragements[0];
    return {
      panel: {
        today,
        streaks,
        encouragement: note
          ? { id: note.id, title: note.title, message: note.message, fromName: partnerName, at: toDate(note.createdAt) }
          : null,
      },
    };
  },
});
