import { daysBetween, type LocalDate } from "./calendar-days";

/** "Day 1" is the day the repair began; counted in whole calendar days, immune to DST. */
export function dayOfRepair(repairBeganOn: LocalDate, today: LocalDate): number {
  return Math.max(1, daysBetween(repairBeganOn, today) + 1);
}
