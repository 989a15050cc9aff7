import { dateOnWall, wallClockAt } from "./zoned-time";

export type TimeOfDay = "morning" | "afternoon" | "evening" | "night";

/** What the surprised partner may know of when: the day and a rough time of day, on their own clock. */
export type SurpriseMoment = { day: string; weekday: string; timeOfDay: TimeOfDay };

export function roughTimeOfDay(hour: number): TimeOfDay {
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 17) return "afternoon";
  if (hour >= 17 && hour < 21) return "evening";
  return "night";
}

export function surpriseMoment(startsAt: Date, timeZone: string): SurpriseMoment {
  // One reading of the clock for the day, the weekday and the hour.
  const wall = wallClockAt(startsAt, timeZone);
  return { day: dateOnWall(wall), weekday: wall.weekday, timeOfDay: roughTimeOfDay(wall.hour) };
}

/** "A surprise on Saturday evening": all the dashboard tells the surprised partner. */
export function surpriseHeadline(moment: SurpriseMoment): string {
  return `A surprise on ${moment.weekday} ${moment.timeOfDay}`;
}

export type SurpriseState = { isSurprise: boolean; revealAt: Date | null; status: "planned" | "done" | "cancelled" };

/**
 * A surprise is revealed at its reveal time, or once the date has been kept (it has
 * happened: there is nothing left to hide). A cancelled one that never reached its
 * reveal stays hidden for good.
 */
export function isRevealed(plan: SurpriseState, now: Date): boolean {
  if (!plan.isSurprise) return true;
  if (plan.status === "done") return true;
  return plan.revealAt !== null && plan.revealAt.getTime() <= now.getTime();
}

/** Whether this person may see the plan's details: its planner always, the other once revealed. */
export function maySeeDetails(
  plan: SurpriseState & { createdBy: string | null },
  viewerId: string,
  now: Date,
): boolean {
  return !plan.isSurprise || plan.createdBy === viewerId || isRevealed(plan, now);
}
