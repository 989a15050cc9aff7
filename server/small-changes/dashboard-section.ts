import { and, asc, desc, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { smallChangeCheckOffs, smallChangeEncouragements, smallChanges } from "@/db/schema";
import { defineSection } from "../dashboard/section";
import { progressOfDayNumbers } from "../domain/occurrence-progress";
import type { StreakHighlight, TodayItem } from "../responsibilities/dashboard-section";

const ENCOURAGEMENT_SHOWN_FOR_MS = 7 * 86_400_000;

/**
 * Small changes on the dashboard: mine to check off today, both partners' streaks, and
 * the latest encouragement my partner sent me this week.
 */
export const smallChangesSection = defineSection({
  key: "smallChanges",
  summary: async (db, { viewer, now, todayOf }) => {
    // As whole days since 1970-01-01: see progressOfDayNumbers.
    const days = sql<
      number[]
    >`(select coalesce(json_agg(${smallChangeCheckOffs.day} - date '1970-01-01' order by ${smallChangeCheckOffs.day}), '[]'::json) from ${smallChangeCheckOffs} where ${and(
      eq(smallChangeCheckOffs.coupleId, smallChanges.coupleId),
      eq(smallChangeCheckOffs.smallChangeId, smallChanges.id),
    )})`;
    const [active, [note]] = await Promise.all([
      db
        .select({
          id: smallChanges.id,
          title: smallChanges.title,
          ownerId: smallChanges.ownerId,
          startedOn: smallChanges.startedOn,
          days,
        })
        .from(smallChanges)
        .where(and(eq(smallChanges.coupleId, viewer.couple.id), isNull(smallChanges.stoppedAt)))
        .orderBy(asc(smallChanges.createdAt), asc(smallChanges.id))
        .limit(50),
      db
        .select({
          id: smallChangeEncouragements.id,
          title: smallChanges.title,
          message: smallChangeEncouragements.message,
          createdAt: smallChangeEncouragements.createdAt,
        })
        .from(smallChangeEncouragements)
        .innerJoin(
          smallChanges,
          and(
            eq(smallChanges.coupleId, smallChangeEncouragements.coupleId),
            eq(smallChanges.id, smallChangeEncouragements.smallChangeId),
          ),
        )
        .where(
          and(
            eq(smallChangeEncouragements.coupleId, viewer.couple.id),
            eq(smallChanges.ownerId, viewer.me.id),
            ne(smallChangeEncouragements.fromUserId, viewer.me.id),
            gte(smallChangeEncouragements.createdAt, new Date(now.getTime() - ENCOURAGEMENT_SHOWN_FOR_MS)),
          ),
        )
        .orderBy(desc(smallChangeEncouragements.createdAt), desc(smallChangeEncouragements.id))
        .limit(1),
    ]);
    const partnerName = viewer.partner?.name ?? "Your partner";
    const today: TodayItem[] = [];
    const streaks: StreakHighlight[] = [];
    for (const change of active) {
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
    return {
      panel: {
        today,
        streaks,
        encouragement: note
          ? { id: note.id, title: note.title, message: note.message, fromName: partnerName, at: note.createdAt }
          : null,
      },
    };
  },
});
