import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { responsibilities, responsibilityCheckOffs } from "@/db/schema";
import { defineSection, type DashboardItem } from "../dashboard/section";
import { addDays } from "../domain/calendar-days";
import { progressOfDayNumbers } from "../domain/occurrence-progress";
import { streakUnit } from "../domain/streaks";

const changeWords = { pause: "pause", resume: "resume", retire: "retire" } as const;

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
 * Responsibilities on the dashboard: proposals and pause/retire requests waiting on me
 * (Your turn) or on my partner, today's duties for me, my partner's recent check-offs I
 * might thank them for, and the streaks — all in one SQL expression.
 */
export const responsibilitiesSection = defineSection({
  key: "responsibilities",
  summary: async (db, { viewer, todayOf }) => {
    const coupleId = viewer.couple.id;
    // As whole days since 1970-01-01: see progressOfDayNumbers.
    const days = sql<
      number[]
    >`(select coalesce(json_agg(${responsibilityCheckOffs.day} - date '1970-01-01' order by ${responsibilityCheckOffs.day}), '[]'::json) from ${responsibilityCheckOffs} where ${and(
      eq(responsibilityCheckOffs.coupleId, responsibilities.coupleId),
      eq(responsibilityCheckOffs.responsibilityId, responsibilities.id),
    )})`;
    // The past week, from the earlier of the two partners' today.
    const myToday = todayOf(viewer.me.id);
    const earlierToday = [myToday, todayOf(viewer.partner?.id ?? viewer.me.id)].sort()[0] ?? myToday;
    const weekStart = addDays(earlierToday, -6);
    const [open, counting, toAcknowledge] = await Promise.all([
      db
        .select({
          id: responsibilities.id,
          title: responsibilities.title,
          status: responsibilities.status,
          proposedBy: responsibilities.proposedBy,
          revised: sql<boolean>`${responsibilities.previousTerms} is not null`,
          pendingChange: responsibilities.pendingChange,
          pendingChangeBy: responsibilities.pendingChangeBy,
          at: sql<Date>`coalesce(${responsibilities.pendingChangeAt}, ${responsibilities.updatedAt})`.mapWith(
            (value: string) => new Date(value),
          ),
        })
        .from(responsibilities)
        .where(
          and(
            eq(responsibilities.coupleId, coupleId),
            or(eq(responsibilities.status, "proposed"), isNotNull(responsibilities.pendingChange)),
          ),
        )
        .orderBy(desc(responsibilities.updatedAt), desc(responsibilities.id))
        .limit(20),
      db
        .select({
          id: responsibilities.id,
          title: responsibilities.title,
          ownerId: responsibilities.ownerId,
          cadence: responsibilities.cadence,
          startedOn: responsibilities.startedOn,
          days,
        })
        .from(responsibilities)
        .where(and(eq(responsibilities.coupleId, coupleId), eq(responsibilities.status, "agreed")))
        .orderBy(asc(responsibilities.createdAt), asc(responsibilities.id))
        .limit(50),
      // The partner's check-offs of the past week that I haven't thanked them for yet.
      viewer.partner
        ? db
            .select({ id: responsibilityCheckOffs.id, title: responsibilities.title, day: responsibilityCheckOffs.day })
            .from(responsibilityCheckOffs)
            .innerJoin(
              responsibilities,
              and(
                eq(responsibilities.coupleId, responsibilityCheckOffs.coupleId),
                eq(responsibilities.id, responsibilityCheckOffs.responsibilityId),
              ),
            )
            .where(
              and(
                eq(responsibilityCheckOffs.coupleId, coupleId),
                ne(responsibilities.ownerId, viewer.me.id),
                isNull(responsibilityCheckOffs.acknowledgedAt),
                inArray(responsibilities.status, ["agreed", "paused"]),
                gte(responsibilityCheckOffs.day, weekStart),
              ),
            )
            .orderBy(desc(responsibilityCheckOffs.day), desc(responsibilityCheckOffs.id))
            .limit(5)
        : [],
    ]);
    const partnerName = viewer.partner?.name ?? "Your partner";
    const yourTurn: DashboardItem[] = [];
    const waitingOnPartner: DashboardItem[] = [];
    for (const item of open) {
      const base = {
        id: item.id,
        title: item.title,
        href: `/responsibilities#responsibility-${item.id}`,
        at: item.at,
      };
      if (item.status === "proposed") {
        if (item.proposedBy === viewer.me.id) {
          waitingOnPartner.push({
            ...base,
            kind: "responsibility.proposed",
            detail: item.revised ? "Your suggested change" : "Your proposal",
          });
        } else {
          yourTurn.push({
            ...base,
            kind: "responsibility.proposal",
            detail: item.revised ? `${partnerName} suggested a change` : `${partnerName} proposed this`,
          });
        }
      } else if (item.pendingChange) {
        const verb = changeWords[item.pendingChange];
        if (item.pendingChangeBy === viewer.me.id) {
          waitingOnPartner.push({ ...base, kind: "responsibility.change", detail: `You asked to ${verb} this` });
        } else {
          yourTurn.push({ ...base, kind: "responsibility.change", detail: `${partnerName} asks to ${verb} this` });
        }
      }
    }

    const today: TodayItem[] = [];
    const streaks: StreakHighlight[] = [];
    for (const item of counting) {
      const mine = item.ownerId === viewer.me.id;
      const progress = progressOfDayNumbers(
        item.cadence,
        item.days,
        todayOf(item.ownerId),
        item.startedOn ?? todayOf(item.ownerId),
      );
      if (mine && progress.dueNow && !(item.cadence.kind === "once" && progress.keptNow)) {
        today.push({
          id: item.id,
          kind: "responsibility",
          title: item.title,
          keptNow: progress.keptNow,
          streak: progress.streak,
          weekly: item.cadence.kind === "weekly",
        });
      }
      if (progress.streak >= 2 && item.cadence.kind !== "once") {
        streaks.push({
          id: item.id,
          kind: "responsibility",
          title: item.title,
          ownerName: mine ? viewer.me.name : partnerName,
          mine,
          streak: progress.streak,
          unit: streakUnit(item.cadence, progress.streak),
        });
      }
    }

    return {
      yourTurn,
      waitingOnPartner,
      panel: {
        today,
        streaks,
        toAcknowledge: toAcknowledge.map((c) => ({
          id: c.id,
          title: c.title,
          day: c.day,
          ownerName: partnerName,
        })),
      },
    };
  },
});
