/**
 * The occurrences a cadence yields, on calendar days (calendar-days.ts). An occurrence is
 * identified by its first day (a `LocalDate`) and covers a period:
 *   - daily:    every day, period = that day.
 *   - weekdays: each chosen weekday (0 = Sunday … 6 = Saturday), period = that day.
 *   - weekly:   one per ISO week (Monday-start), identified by the week's Monday,
 *               period = Monday … Sunday (a check-off on any of those days keeps it).
 *   - once:     a single occurrence identified by `startedOn`, open-ended until done.
 * No occurrence exists before `startedOn` (the week containing `startedOn` is
 * the first weekly occurrence), and check-offs before `startedOn` or after
 * `today` are ignored. Duplicate check-offs of the same day count once.
 *
 * An occurrence whose period has not ended yet and that is not yet kept is
 * *pending*: it neither breaks a streak nor counts as due in the kept-rate
 * (the day, or the week, isn't over).
 */

import { dayNumberOf, localDateOfNumber, weekdayOfNumber, weekStartOfNumber, type LocalDate } from "./calendar-days";

import type { Cadence } from "@/db/vocabulary";

export type { Cadence };

/*
 * Occurrences are walked as day numbers, not LocalDate strings (the exported number forms
 * are streaks.ts's): a daily habit kept for a year is 365 occurrences on every dashboard
 * load, and formatting and parsing a string per step was most of the streak's cost.
 */

export function assertCadence(cadence: Cadence): void {
  if (cadence.kind === "weekdays") {
    for (const d of cadence.days) {
      if (!Number.isInteger(d) || d < 0 || d > 6) {
        throw new RangeError(`Weekday must be an integer 0 (Sunday) … 6 (Saturday), got ${d}`);
      }
    }
  }
}

function isChosenDay(cadence: Cadence & { kind: "weekdays" }, day: number): boolean {
  return cadence.days.includes(weekdayOfNumber(day));
}

export function dueDayNumbers(cadence: Cadence, from: number, to: number, startedOn: number): number[] {
  if (from > to) return [];
  const start = Math.max(from, startedOn);
  if (start > to) {
    // `once` stays open until done, so it overlaps any range after startedOn.
    return cadence.kind === "once" && startedOn <= to ? [startedOn] : [];
  }
  const days: number[] = [];
  switch (cadence.kind) {
    case "once":
      days.push(startedOn);
      break;
    case "daily":
      for (let d = start; d <= to; d++) days.push(d);
      break;
    case "weekdays":
      for (let d = start; d <= to; d++) if (isChosenDay(cadence, d)) days.push(d);
      break;
    case "weekly":
      for (let monday = weekStartOfNumber(start); monday <= to; monday += 7) days.push(monday);
      break;
  }
  return days;
}

/**
 * Occurrences of `cadence` whose period overlaps `from … to` (inclusive), each
 * identified by its first day, oldest first. Weekly occurrences are the Mondays
 * of the ISO weeks touching the range (so the first may precede `from` or
 * `startedOn`); `once` yields `[startedOn]` when `startedOn <= to`.
 */
export function dueDays(cadence: Cadence, from: LocalDate, to: LocalDate, startedOn: LocalDate): LocalDate[] {
  assertCadence(cadence);
  return dueDayNumbers(cadence, dayNumberOf(from), dayNumberOf(to), dayNumberOf(startedOn)).map(localDateOfNumber);
}

/**
 * The occurrence a check-off on `day` belongs to, or null when `day` keeps no
 * occurrence (before `startedOn`, or not a chosen weekday).
 */
export function occurrenceFor(cadence: Cadence, day: LocalDate, startedOn: LocalDate): LocalDate | null {
  assertCadence(cadence);
  const number = dayNumberOf(day);
  if (number < dayNumberOf(startedOn)) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return day;
    case "weekdays":
      return isChosenDay(cadence, number) ? day : null;
    case "weekly":
      return localDateOfNumber(weekStartOfNumber(number));
  }
}

/** The latest chosen weekday on or before `day` (a week back at most), not before `startedOn`. */
function chosenDayOnOrBefore(cadence: Cadence & { kind: "weekdays" }, day: number, startedOn: number): number | null {
  for (let d = day; d > day - 7 && d >= startedOn; d--) if (isChosenDay(cadence, d)) return d;
  return null;
}

/** The latest occurrence whose period has begun by `today`, or null if none. */
export function latestOccurrence(cadence: Cadence, today: number, startedOn: number): number | null {
  if (today < startedOn) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return today;
    case "weekly":
      return weekStartOfNumber(today);
    case "weekdays":
      return chosenDayOnOrBefore(cadence, today, startedOn);
  }
}

/** The occurrence before `id`, or null if it would start before `startedOn`. */
export function previousOccurrence(cadence: Cadence, id: number, startedOn: number): number | null {
  switch (cadence.kind) {
    case "once":
      return null;
    case "daily":
      return id - 1 >= startedOn ? id - 1 : null;
    case "weekly":
      return id - 7 + 6 >= startedOn ? id - 7 : null;
    case "weekdays":
      return chosenDayOnOrBefore(cadence, id - 1, startedOn);
  }
}
