import { and, asc, count, desc, eq, gt, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { preparedQuery, type Executor } from "@/db/client";
import { dateIdeas, datePlans, dateReflections, ideaReactions } from "@/db/schema";
import { defineSection, type DashboardItem } from "../dashboard/section";
import type { TimeOfDay } from "../domain/surprise";
import { formatRange } from "@/lib/plan-time";
import { listPlans } from "./reading";
import type { PersonRef } from "./shape";

const UPCOMING_LIMIT = 4;
const IDEA_ITEMS = 3;
const REFLECTION_WINDOW_MS = 14 * 86_400_000;

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

const mine = alias(ideaReactions, "my_reaction");
const theirs = alias(ideaReactions, "partner_reaction");
type Reaction = typeof mine | typeof theirs;
/**
 * The reactions of one partner (`from`, a placeholder's name) to ideas the other (`to`)
 * hasn't reacted to yet: waiting on the other's answer.
 */
function awaitingAnswer(db: Executor, reaction: Reaction, answer: Reaction, from: string, to: string) {
  const answered = db
    .select({ one: sql`1` })
    .from(answer)
    .where(
      and(
        eq(answer.coupleId, reaction.coupleId),
        eq(answer.ideaId, reaction.ideaId),
        eq(answer.userId, sql.placeholder(to)),
      ),
    );
  return and(
    eq(reaction.coupleId, sql.placeholder("coupleId")),
    eq(reaction.userId, sql.placeholder(from)),
    notExists(answered),
  );
}

/** Ideas my partner has answered and I haven't, newest first. */
const ideasForMe = preparedQuery((db) =>
  db
    .select({
      ideaId: theirs.ideaId,
      customTitle: dateIdeas.title,
      addedByPartner: sql<boolean>`coalesce(${dateIdeas.createdBy} = ${sql.placeholder("partnerId")}::uuid, false)`,
      reactedAt: theirs.reactedAt,
    })
    .from(theirs)
    .leftJoin(dateIdeas, and(eq(dateIdeas.coupleId, theirs.coupleId), sql`${dateIdeas.id}::text = ${theirs.ideaId}`))
    .where(awaitingAnswer(db, theirs, mine, "partnerId", "meId"))
    .orderBy(desc(theirs.reactedAt), asc(theirs.ideaId))
    .limit(100)
    .prepare("date_ideas_for_me"),
);

/** How many ideas I have answered and my partner hasn't. */
const ideasWaitingForPartner = preparedQuery((db) =>
  db
    .select({ ideasForPartner: count() })
    .from(mine)
    .where(awaitingAnswer(db, mine, theirs, "meId", "partnerId"))
    .prepare("date_ideas_for_partner"),
);

/** Dates kept in the past two weeks that I haven't written a reflection on. */
const reflectionsDue = preparedQuery((db) =>
  db
    .select({ id: datePlans.id, title: datePlans.title, completedAt: datePlans.completedAt })
    .from(datePlans)
    .where(
      and(
        eq(datePlans.coupleId, sql.placeholder("coupleId")),
        eq(datePlans.status, "done"),
        gt(datePlans.completedAt, sql.placeholder("since")),
        notExists(
          db
            .select({ one: sql`1` })
            .from(dateReflections)
            .where(
              and(
                eq(dateReflections.coupleId, datePlans.coupleId),
                eq(dateReflections.planId, datePlans.id),
                eq(dateReflections.authorId, sql.placeholder("meId")),
              ),
            ),
        ),
      ),
    )
    .orderBy(desc(datePlans.completedAt))
    .limit(3)
    .prepare("date_reflections_due"),
);

/**
 * Upcoming dates (the "main" panel), ideas my partner has answered that I haven't (Your
 * turn), mine they haven't (Waiting), and reflections I haven't written yet. Every plan
 * is shaped per partner exactly as `dates.list` shapes it, so a surprise stays a surprise.
 */
export const datesSection = defineSection({
  key: "dates",
  summary: async (db, { viewer, now }) => {
    if (!viewer.partner) return {};
    const ids = { coupleId: viewer.couple.id, meId: viewer.me.id, partnerId: viewer.partner.id };
    const [{ plans }, forMe, [waiting], due] = await Promise.all([
      // Shaped per partner by dates.list itself, so a surprise stays a surprise.
      listPlans(db, viewer, { when: "upcoming", limit: UPCOMING_LIMIT }, now),
      ideasForMe(db).execute(ids),
      ideasWaitingForPartner(db).execute(ids),
      reflectionsDue(db).execute({ ...ids, since: new Date(now.getTime() - REFLECTION_WINDOW_MS).toISOString() }),
    ]);
    const partnerName = viewer.partner.name;
    const ideasForPartner = waiting?.ideasForPartner ?? 0;
    const upcoming: UpcomingDate[] = plans.map((view) => {
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
    const partnerAdded = forMe.filter((idea) => idea.addedByPartner && idea.customTitle).slice(0, IDEA_ITEMS);
    for (const idea of partnerAdded) {
      yourTurn.push({
        id: idea.ideaId,
        kind: "dates.idea",
        title: `${partnerName} added a date idea: ${idea.customTitle}`,
        detail: "Yes, maybe or no? Their answer shows once you've given yours.",
        href: `/dates/ideas#idea-${idea.ideaId}`,
        at: idea.reactedAt,
      });
    }
    const others = forMe.length - partnerAdded.length;
    if (others > 0) {
      yourTurn.push({
        id: "ideas",
        kind: "dates.ideas",
        title: others === 1 ? "A date idea to react to" : `${others} date ideas to react to`,
        detail: `${partnerName} has answered. You'll see what they said once you've answered too.`,
        href: "/dates/ideas?show=waiting",
        at: forMe.find((idea) => !partnerAdded.includes(idea))?.reactedAt ?? null,
      });
    }
    for (const plan of due) {
      yourTurn.push({
        id: plan.id,
        kind: "dates.reflection",
        title: `How was “${plan.title}”?`,
        detail: "A few words about the date, when you feel like it.",
        href: `/dates/${plan.id}#reflections`,
        at: plan.completedAt,
      });
    }

    const waitingOnPartner: DashboardItem[] =
      ideasForPartner > 0
        ? [
            {
              id: "ideas-partner",
              kind: "dates.ideas",
              title:
                ideasForPartner === 1
                  ? `A date idea waiting for ${partnerName}`
                  : `${ideasForPartner} date ideas waiting for ${partnerName}`,
              detail: "You'll see what they think once they answer.",
              href: "/dates/ideas",
              at: null,
            },
          ]
        : [];

    return { yourTurn, waitingOnPartner, panel: { upcoming } };
  },
});
