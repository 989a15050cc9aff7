import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { dateIdeas, datePlans, dateReflections, ideaReactions } from "@/db/schema";
import { beforeNow, defineSection, jsonList, toDate, type DashboardItem } from "../dashboard/section";
import type { TimeOfDay } from "../domain/surprise";
import { formatRange } from "@/lib/plan-time";
import { surpriseAwareStart } from "./service";
import { planForViewer, planRowColumns, type PersonRef, type PlanRecord, type PlanRowJson } from "./shape";

const UPCOMING_LIMIT = 4;
const IDEA_ITEMS = 3;
const REFLECTION_WINDOW_MS = 14 * 86_400_000;

type RawIdea = { ideaId: string; customTitle: string | null; addedByPartner: boolean; reactedAt: string };
type Raw = {
  upcoming: PlanRowJson[];
  ideasForMe: RawIdea[];
  ideasForPartner: number;
  reflectionsDue: { id: string; title: string; completedAt: string }[];
} | null;

/** A line of the upcoming-dates panel: the plan, or for a surprised partner only its public face. */
export type UpcomingDate =
  | {
      kind: "plan";
      id: string;
      title: string;
      startsAt: Date;
      endsAt: Date;
      timeZone: string;
      /** "Saturday 28 November at 19:00 – 22:00", on the plan's own clock. */
      when: string;
      place: string;
      /** My own surprise for my partner, not yet revealed. */
      mySurprise: boolean;
    }
  | {
      kind: "surprise";
      id: string;
      plannedBy: PersonRef | null;
      headline: string;
      weekday: string;
      timeOfDay: TimeOfDay;
      day: string;
      hints: string[];
    };

// Field by field rather than spreading the json row: a spread copy, then overwriting half its
// fields with other types, made this one of the dashboard's costlier steps.
function toRecord(raw: PlanRowJson): PlanRecord {
  return {
    id: raw.id,
    title: raw.title,
    timeZone: raw.timeZone,
    place: raw.place,
    notes: raw.notes,
    status: raw.status,
    version: raw.version,
    createdBy: raw.createdBy,
    isSurprise: raw.isSurprise,
    hints: raw.hints,
    startsAt: new Date(raw.startsAt),
    endsAt: new Date(raw.endsAt),
    revealAt: toDate(raw.revealAt),
    createdAt: new Date(raw.createdAt),
    updatedAt: new Date(raw.updatedAt),
    ideaId: null,
    ideaTitle: null,
    memoryId: null,
    memoryTitle: null,
    completedAt: null,
    cancelledAt: null,
  };
}

const mine = alias(ideaReactions, "my_reaction");
const theirs = alias(ideaReactions, "partner_reaction");

/**
 * Upcoming dates (the "main" panel), ideas my partner has answered that I haven't (Your
 * turn), mine they haven't (Waiting), and reflections I haven't written yet. Every plan
 * is shaped per partner exactly as `dates.list` shapes it, so a surprise stays a surprise.
 */
export const datesSection = defineSection({
  key: "dates",
  select: (p, { withPartner }) => {
    if (!withPartner) return sql`null::json`;
    const coupleId = p.coupleId;
    const upcoming = jsonList(
      planRowColumns,
      sql`from ${datePlans} where ${and(eq(datePlans.coupleId, coupleId), eq(datePlans.status, "planned"), gt(datePlans.endsAt, p.now))}`,
      // As dates.list orders them: a hidden surprise by what the surprised partner may know of its start.
      sql`${surpriseAwareStart({ meId: p.meId, timeZone: p.myTimeZone, now: p.now })} asc, ${asc(datePlans.id)}`,
      UPCOMING_LIMIT,
    );
    const ideasForMe = jsonList(
      {
        ideaId: theirs.ideaId,
        customTitle: dateIdeas.title,
        addedByPartner: sql`coalesce(${dateIdeas.createdBy} = ${p.partnerId}::uuid, false)`,
        reactedAt: theirs.reactedAt,
      },
      sql`from ${ideaReactions} as ${sql.identifier("partner_reaction")} left join ${dateIdeas} on ${and(eq(dateIdeas.coupleId, theirs.coupleId), sql`${dateIdeas.id}::text = ${theirs.ideaId}`)}
        where ${and(eq(theirs.coupleId, coupleId), eq(theirs.userId, p.partnerId))}
        and not exists (select 1 from ${ideaReactions} as ${sql.identifier("my_reaction")} where ${and(eq(mine.coupleId, theirs.coupleId), eq(mine.ideaId, theirs.ideaId), eq(mine.userId, p.meId))})`,
      sql`${desc(theirs.reactedAt)}, ${asc(theirs.ideaId)}`,
      100,
    );
    const ideasForPartner = sql`(select count(*)::int from ${ideaReactions} as ${sql.identifier("my_reaction")} where ${and(eq(mine.coupleId, coupleId), eq(mine.userId, p.meId))}
      and not exists (select 1 from ${ideaReactions} as ${sql.identifier("partner_reaction")} where ${and(eq(theirs.coupleId, mine.coupleId), eq(theirs.ideaId, mine.ideaId), eq(theirs.userId, p.partnerId))}))`;
    const reflectionsDue = jsonList(
      { id: datePlans.id, title: datePlans.title, completedAt: datePlans.completedAt },
      sql`from ${datePlans} where ${and(
        eq(datePlans.coupleId, coupleId),
        eq(datePlans.status, "done"),
        gt(datePlans.completedAt, beforeNow(REFLECTION_WINDOW_MS)),
      )} and not exists (select 1 from ${dateReflections} where ${and(
        eq(dateReflections.coupleId, datePlans.coupleId),
        eq(dateReflections.planId, datePlans.id),
        eq(dateReflections.authorId, p.meId),
      )})`,
      sql`${desc(datePlans.completedAt)}`,
      3,
    );
    return sql`json_build_object('upcoming', ${upcoming}, 'ideasForMe', ${ideasForMe}, 'ideasForPartner', ${ideasForPartner}, 'reflectionsDue', ${reflectionsDue})`;
  },
  shape: (raw: Raw, viewer, now) => {
    if (!raw || !viewer.partner) return {};
    const partnerName = viewer.partner.name;
    const upcoming: UpcomingDate[] = raw.upcoming.map((rawPlan) => {
      const view = planForViewer(toRecord(rawPlan), viewer, now);
      if (view.kind === "surprise") {
        const { id, plannedBy, headline, weekday, timeOfDay, day, hints } = view;
        return { kind: "surprise", id, plannedBy, headline, weekday, timeOfDay, day, hints };
      }
      return {
        kind: "plan",
        id: view.id,
        title: view.title,
        startsAt: view.startsAt,
        endsAt: view.endsAt,
        timeZone: view.timeZone,
        when: formatRange(view.startsAt, view.endsAt, view.timeZone),
        place: view.place,
        mySurprise: view.surprise?.side === "mine" && !view.surprise.revealed,
      };
    });

    const yourTurn: DashboardItem[] = [];
    const partnerAdded = raw.ideasForMe.filter((idea) => idea.addedByPartner && idea.customTitle).slice(0, IDEA_ITEMS);
    for (const idea of partnerAdded) {
      yourTurn.push({
        id: idea.ideaId,
        kind: "dates.idea",
        title: `${partnerName} added a date idea: ${idea.customTitle}`,
        detail: "Yes, maybe or no? Their answer shows once you've given yours.",
        href: `/dates/ideas#idea-${idea.ideaId}`,
        at: toDate(idea.reactedAt),
      });
    }
    const others = raw.ideasForMe.length - partnerAdded.length;
    if (others > 0) {
      yourTurn.push({
        id: "ideas",
        kind: "dates.ideas",
        title: others === 1 ? "A date idea to react to" : `${others} date ideas to react to`,
        detail: `${partnerName} has answered. You'll see what they said once you've answered too.`,
        href: "/dates/ideas?show=waiting",
        at: toDate(raw.ideasForMe.find((idea) => !partnerAdded.includes(idea))?.reactedAt),
      });
    }
    for (const plan of raw.reflectionsDue) {
      yourTurn.push({
        id: plan.id,
        kind: "dates.reflection",
        title: `How was “${plan.title}”?`,
        detail: "A few words about the date, when you feel like it.",
        href: `/dates/${plan.id}#reflections`,
        at: toDate(plan.completedAt),
      });
    }

    const waitingOnPartner: DashboardItem[] =
      raw.ideasForPartner > 0
        ? [
            {
              id: "ideas-partner",
              kind: "dates.ideas",
              title:
                raw.ideasForPartner === 1
                  ? `A date idea waiting for ${partnerName}`
                  : `${raw.ideasForPartner} date ideas waiting for ${partnerName}`,
              detail: "You'll see what they think once they answer.",
              href: "/dates/ideas",
              at: null,
            },
          ]
        : [];

    return { yourTurn, waitingOnPartner, panel: { upcoming } };
  },
});
