import { localDateOf } from "./streaks";

/**
 * Today's calendar date (YYYY-MM-DD) where this person lives: the same day the streaks
 * count with, so the dashboard's day count and its streaks never disagree.
 */
export function localToday(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone);
}

/** "Day 1" is the day the repair began; counted in whole calendar days, immune to DST. */
export function dayOfRepair(repairBeganOn: string, today: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${repairBeganOn}T00:00:00Z`)) / 86_400_000;
  return Math.max(1, Math.round(days) + 1);
}
