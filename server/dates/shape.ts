import { datePlans, type PlanStatus } from "@/db/schema/dates";
import { instantToLocal } from "../domain/zoned-time";
import { isRevealed, maySeeDetails, surpriseHeadline, surpriseMoment, type TimeOfDay } from "../domain/surprise";
import { memberOf, type CoupleViewer } from "../viewer";

/** A plan's own columns, as the service reads them (then shaped per partner). */
export const planRowColumns = {
  id: datePlans.id,
  title: datePlans.title,
  startsAt: datePlans.startsAt,
  endsAt: datePlans.endsAt,
  timeZone: datePlans.timeZone,
  place: datePlans.place,
  notes: datePlans.notes,
  status: datePlans.status,
  version: datePlans.version,
  createdBy: datePlans.createdBy,
  isSurprise: datePlans.isSurprise,
  revealAt: datePlans.revealAt,
  hints: datePlans.hints,
  createdAt: datePlans.createdAt,
  updatedAt: datePlans.updatedAt,
};

/** A plan as stored, with the titles of what it came from. Never sent to a browser as is. */
export type PlanRecord = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string;
  notes: string;
  status: PlanStatus;
  version: number;
  createdBy: string | null;
  isSurprise: boolean;
  revealAt: Date | null;
  hints: string[];
  ideaId: string | null;
  ideaTitle: string | null;
  memoryId: string | null;
  memoryTitle: string | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type PersonRef = { id: string; name: string };

/** The whole plan: for both partners, except a surprise's partner before the reveal. */
export type PlanView = {
  kind: "plan";
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** The times as a datetime-local field shows them, in the plan's zone. */
  startsAtLocal: string;
  endsAtLocal: string;
  place: string;
  notes: string;
  status: PlanStatus;
  version: number;
  plannedBy: PersonRef | null;
  plannedByMe: boolean;
  surprise: {
    revealAtLocal: string;
    revealAt: Date;
    hints: string[];
    revealed: boolean;
    /** Whose surprise this is, from the viewer's side: "mine" (I planned it) or "forMe". */
    side: "mine" | "forMe";
    /** What the partner sees until the reveal, so the planner knows. */
    partnerSees: string | null;
  } | null;
  idea: { id: string; title: string } | null;
  memory: { id: string; title: string } | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  updatedAt: Date;
};

/**
 * All a surprised partner may know before the reveal: that it exists, who is planning
 * it, its day and rough time of day on their own clock, and the hints. Built field by
 * field from the record, never by removing fields from it, so nothing else can slip in.
 */
export type SurpriseFace = {
  kind: "surprise";
  id: string;
  status: PlanStatus;
  plannedBy: PersonRef | null;
  day: string;
  weekday: string;
  timeOfDay: TimeOfDay;
  headline: string;
  hints: string[];
};

export type PlanForViewer = PlanView | SurpriseFace;

/** Who planned or added something, by id and name only; null once they have left the couple. */
export function personRef(viewer: CoupleViewer, userId: string | null): PersonRef | null {
  const member = memberOf(viewer, userId);
  return member && { id: member.id, name: member.name };
}

export function surpriseFace(plan: PlanRecord, viewer: CoupleViewer): SurpriseFace {
  const moment = surpriseMoment(plan.startsAt, viewer.me.timeZone);
  return {
    kind: "surprise",
    id: plan.id,
    status: plan.status,
    plannedBy: personRef(viewer, plan.createdBy),
    day: moment.day,
    weekday: moment.weekday,
    timeOfDay: moment.timeOfDay,
    headline: surpriseHeadline(moment),
    hints: [...plan.hints],
  };
}

export function planForViewer(plan: PlanRecord, viewer: CoupleViewer, now: Date): PlanForViewer {
  if (!maySeeDetails(plan, viewer.me.id, now)) return surpriseFace(plan, viewer);
  const plannedByMe = plan.createdBy === viewer.me.id;
  const revealed = isRevealed(plan, now);
  return {
    kind: "plan",
    id: plan.id,
    title: plan.title,
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    timeZone: plan.timeZone,
    startsAtLocal: instantToLocal(plan.startsAt, plan.timeZone),
    endsAtLocal: instantToLocal(plan.endsAt, plan.timeZone),
    place: plan.place,
    notes: plan.notes,
    status: plan.status,
    version: plan.version,
    plannedBy: personRef(viewer, plan.createdBy),
    plannedByMe,
    surprise:
      plan.isSurprise && plan.revealAt
        ? {
            revealAt: plan.revealAt,
            revealAtLocal: instantToLocal(plan.revealAt, plan.timeZone),
            hints: [...plan.hints],
            revealed,
            side: plannedByMe ? "mine" : "forMe",
            partnerSees:
              plannedByMe && !revealed && viewer.partner
                ? surpriseHeadline(surpriseMoment(plan.startsAt, viewer.partner.timeZone))
                : null,
          }
        : null,
    idea: plan.ideaId && plan.ideaTitle ? { id: plan.ideaId, title: plan.ideaTitle } : null,
    memory: plan.memoryId && plan.memoryTitle ? { id: plan.memoryId, title: plan.memoryTitle } : null,
    completedAt: plan.completedAt,
    cancelledAt: plan.cancelledAt,
    updatedAt: plan.updatedAt,
  };
}
