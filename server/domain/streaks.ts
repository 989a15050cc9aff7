/**
 * Streaks and kept-rates for agreed responsibilities and small changes.
 *
 * Everything here is a pure function over *local calendar days* (`LocalDate`,
 * an ISO `YYYY-MM-DD` string). Instants only enter through `localDateOf`,
 * which converts a moment to the calendar day it was in the user's own IANA
 * time zone. From then on all arithmetic is done on the date alone (in UTC,
 * which has no daylight-saving changes), so a DST night can never create or
 * lose a day, and the server's own time zone never matters.
 *
 * Occurrences. Each cadence yields occurrences; an occurrence is identified by
 * its first day (a `LocalDate`) and covers a period:
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

/** A local calendar day, `YYYY-MM-DD` (ISO 8601), e.g. `"2025-03-09"`. */
export type LocalDate = string;

import type { Cadence } from "@/db/vocabulary";
export type { Cadence };

export type CheckOffWindow = {
  /** Earliest day that may be checked off (today − 6). */
  from: LocalDate;
  /** Latest day that may be checked off (today). */
  to: LocalDate;
  /** Every day that may be checked off, oldest first (7 days). */
  days: LocalDate[];
};

export type KeptRate = {
  kept: number;
  due: number;
  /** kept / due, or null when nothing was due in the window. */
  rate: number | null;
};

/** Days that may be checked off: today and the 6 days before. */
export const CHECK_OFF_WINDOW_DAYS = 7;
/** Default kept-rate window, in days (today included). */
export const KEPT_RATE_WINDOW_DAYS = 30;
/** Streak lengths worth celebrating. */
export const STREAK_MILESTONES = [7, 30, 100] as const;

// ---------------------------------------------------------------------------
// Calendar days
// ---------------------------------------------------------------------------

/*
 * Calendar arithmetic on whole days since 1970-01-01, in integers (Howard Hinnant's
 * civil-date algorithms): a year of check-offs is walked on every dashboard load, and
 * building Date objects and regex matches for each day was most of that request's cost.
 */

const DIGIT_0 = 48;

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Parses a LocalDate to days since 1970-01-01, or null if malformed or impossible (2025-02-30). */
function toDayNumber(day: string): number | null {
  if (day.length !== 10 || day[4] !== "-" || day[7] !== "-") return null;
  const year = digitsAt(day, 0, 4);
  const month = digitsAt(day, 5, 2);
  const date = digitsAt(day, 8, 2);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, date);
}

function dayNumber(day: LocalDate): number {
  const number = toDayNumber(day);
  if (number === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return number;
}

function fromDayNumber(number: number): LocalDate {
  const z = number + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function weekdayOfNumber(day: number): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week containing `day`. */
function weekStartOfNumber(day: number): number {
  return day - ((weekdayOfNumber(day) + 6) % 7);
}

/** True when `value` is a real calendar day written as `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && toDayNumber(value) !== null;
}

/** `day` shifted by `n` calendar days (n may be negative). Pure date arithmetic. */
export function addDays(day: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays expects a whole number of days, got ${n}`);
  return fromDayNumber(dayNumber(day) + n);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: LocalDate): number {
  return weekdayOfNumber(dayNumber(day));
}

/** Calendar days from `a` to `b` (positive when `b` is later): daysBetween("2025-03-08", "2025-03-10") === 2. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Monday of the ISO week containing `day`. */
export function isoWeekStart(day: LocalDate): LocalDate {
  return fromDayNumber(weekStartOfNumber(dayNumber(day)));
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown time zone.
    formatter = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day `instant` falls on in the IANA `timeZone` (e.g. "Europe/Berlin"). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("localDateOf: invalid Date");
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  const result = `${year.padStart(4, "0")}-${month}-${day}`;
  if (!isLocalDate(result)) throw new RangeError(`localDateOf: cannot represent ${instant.toISOString()}`);
  return result;
}

// ---------------------------------------------------------------------------
// Cadences and occurrences
// ---------------------------------------------------------------------------

/*
 * Occurrences are walked as day numbers (see above), not LocalDate strings: a daily habit
 * kept for a year is 365 occurrences on every dashboard load, and formatting and parsing a
 * string per step was most of the streak's cost.
 */

function assertCadence(cadence: Cadence): void {
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

function dueDayNumbers(cadence: Cadence, from: number, to: number, startedOn: number): number[] {
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
  return dueDayNumbers(cadence, dayNumber(from), dayNumber(to), dayNumber(startedOn)).map(fromDayNumber);
}

function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The occurrence a check-off on `day` belongs to, or null when `day` keeps no
 * occurrence (before `startedOn`, or not a chosen weekday).
 */
export function occurrenceFor(cadence: Cadence, day: LocalDate, startedOn: LocalDate): LocalDate | null {
  assertCadence(cadence);
  const number = dayNumber(day);
  if (number < dayNumber(startedOn)) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return day;
    case "weekdays":
      return isChosenDay(cadence, number) ? day : null;
    case "weekly":
      return fromDayNumber(weekStartOfNumber(number));
  }
}

// ---------------------------------------------------------------------------
// Check-off window
// ---------------------------------------------------------------------------

/** The days that may be checked off on `today`: today and the 6 days before. */
export function checkOffWindow(today: LocalDate): CheckOffWindow {
  const from = addDays(today, -(CHECK_OFF_WINDOW_DAYS - 1));
  return { from, to: today, days: eachDay(from, today) };
}

/** Whether `day` may be checked off on `today` (not in the future, at most 6 days back). */
export function canCheckOff(day: LocalDate, today: LocalDate): boolean {
  const back = daysBetween(day, today);
  return back >= 0 && back < CHECK_OFF_WINDOW_DAYS;
}

// ---------------------------------------------------------------------------
// Streaks and kept-rate
// ---------------------------------------------------------------------------

/**
 * The check-offs that count (valid, deduplicated, on or after startedOn, not after
 * today), read once for all of an item's figures: malformed days throw RangeError.
 */
export type CountedCheckOffs = {
  readonly today: number;
  readonly startedOn: number;
  readonly days: ReadonlySet<number>;
};

export function countCheckOffs(
  checkedDays: readonly LocalDate[],
  today: LocalDate,
  startedOn: LocalDate,
): CountedCheckOffs {
  const todayNumber = dayNumber(today);
  const startedOnNumber = dayNumber(startedOn);
  const days = new Set<number>();
  for (const day of checkedDays) {
    const number = dayNumber(day);
    if (number >= startedOnNumber && number <= todayNumber) days.add(number);
  }
  return { today: todayNumber, startedOn: startedOnNumber, days };
}

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * `countCheckOffs` for days given as whole days since 1970-01-01, as SQL hands them over
 * (`day - date '1970-01-01'`): the dashboard reads a year of check-offs per habit, and
 * numbers are several times cheaper than date strings to parse, as json and as dates.
 */
export function countCheckOffsSinceEpoch(
  checkedDays: readonly number[],
  today: LocalDate,
  startedOn: LocalDate,
): CountedCheckOffs {
  const todayNumber = dayNumber(today);
  const startedOnNumber = dayNumber(startedOn);
  const days = new Set<number>();
  for (const number of checkedDays) {
    if (!Number.isInteger(number) || number < FIRST_DAY || number > LAST_DAY) {
      throw new RangeError(`Not a calendar day (days since 1970-01-01): ${number}`);
    }
    if (number >= startedOnNumber && number <= todayNumber) days.add(number);
  }
  return { today: todayNumber, startedOn: startedOnNumber, days };
}

export function isCounted(counted: CountedCheckOffs, day: LocalDate): boolean {
  return counted.days.has(dayNumber(day));
}

/** Whether a check-off since this week's Monday (or today, for other cadences) keeps the current occurrence. */
export function isKeptNow(cadence: Cadence, counted: CountedCheckOffs): boolean {
  if (cadence.kind === "once") return counted.days.size > 0;
  if (cadence.kind === "weekly") {
    const monday = weekStartOfNumber(counted.today);
    for (const day of counted.days) if (day >= monday) return true;
    return false;
  }
  return counted.days.has(counted.today);
}

type Occurrence = { kept: boolean; pending: boolean };

function evaluate(cadence: Cadence, id: number, counted: CountedCheckOffs): Occurrence {
  const { days, today } = counted;
  if (cadence.kind === "weekly") {
    const sunday = id + 6;
    let kept = false;
    for (let d = Math.max(id, counted.startedOn); d <= sunday && d <= today; d++) {
      if (days.has(d)) {
        kept = true;
        break;
      }
    }
    return { kept, pending: !kept && sunday >= today };
  }
  const kept = days.has(id);
  return { kept, pending: !kept && id >= today };
}

/** The latest occurrence whose period has begun by `today`, or null if none. */
function latestOccurrence(cadence: Cadence, today: number, startedOn: number): number | null {
  if (today < startedOn) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return today;
    case "weekly":
      return weekStartOfNumber(today);
    case "weekdays": {
      if (cadence.days.length === 0) return null;
      for (let d = today, i = 0; i < 7 && d >= startedOn; d--, i++) {
        if (isChosenDay(cadence, d)) return d;
      }
      return null;
    }
  }
}

/** The occurrence before `id`, or null if it would start before `startedOn`. */
function previousOccurrence(cadence: Cadence, id: number, startedOn: number): number | null {
  switch (cadence.kind) {
    case "once":
      return null;
    case "daily":
      return id - 1 >= startedOn ? id - 1 : null;
    case "weekly":
      return id - 7 + 6 >= startedOn ? id - 7 : null;
    case "weekdays": {
      for (let d = id - 1, i = 0; i < 7 && d >= startedOn; d--, i++) {
        if (isChosenDay(cadence, d)) return d;
      }
      return null;
    }
  }
}

/** `currentStreak` over check-offs already counted. */
export function streakOf(cadence: Cadence, counted: CountedCheckOffs): number {
  assertCadence(cadence);
  if (cadence.kind === "once") return counted.days.size > 0 ? 1 : 0;
  let streak = 0;
  for (
    let id = latestOccurrence(cadence, counted.today, counted.startedOn);
    id !== null;
    id = previousOccurrence(cadence, id, counted.startedOn)
  ) {
    const occurrence = evaluate(cadence, id, counted);
    if (occurrence.kept) streak++;
    else if (!occurrence.pending) break;
  }
  return streak;
}

/**
 * Consecutive kept occurrences ending at the latest due occurrence. A pending
 * occurrence (today's, or this week's, not yet checked) is skipped rather than
 * breaking the streak; a missed past occurrence ends it. `once`: 1 if done, else 0.
 */
export function currentStreak(
  cadence: Cadence,
  checkedDays: readonly LocalDate[],
  today: LocalDate,
  startedOn: LocalDate,
): number {
  assertCadence(cadence);
  return streakOf(cadence, countCheckOffs(checkedDays, today, startedOn));
}

function assertWindow(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`windowDays must be a positive whole number, got ${windowDays}`);
  }
}

/** `keptRate` over check-offs already counted. */
export function keptRateOf(
  cadence: Cadence,
  counted: CountedCheckOffs,
  windowDays: number = KEPT_RATE_WINDOW_DAYS,
): KeptRate {
  assertCadence(cadence);
  assertWindow(windowDays);
  const windowStart = counted.today - (windowDays - 1);
  // Only to refuse a window reaching before year 0, as the calendar does.
  fromDayNumber(windowStart);

  let kept = 0;
  let due = 0;
  if (cadence.kind === "once") {
    let doneOn = Infinity;
    for (const day of counted.days) doneOn = Math.min(doneOn, day);
    if (doneOn >= windowStart && doneOn !== Infinity) {
      kept = 1;
      due = 1;
    }
  } else {
    for (const id of dueDayNumbers(cadence, windowStart, counted.today, counted.startedOn)) {
      const occurrence = evaluate(cadence, id, counted);
      if (occurrence.kept) {
        kept++;
        due++;
      } else if (!occurrence.pending) {
        due++;
      }
    }
  }
  return { kept, due, rate: due === 0 ? null : kept / due };
}

/**
 * Share of due occurrences kept over the last `windowDays` days (today included).
 * Occurrences still pending (today's or this week's, not yet checked) are left
 * out; `rate` is null when nothing was due. A weekly occurrence counts when its
 * week touches the window. A `once` occurrence counts (as kept) when it was done
 * within the window, and is left out while not yet done.
 */
export function keptRate(
  cadence: Cadence,
  checkedDays: readonly LocalDate[],
  today: LocalDate,
  startedOn: LocalDate,
  windowDays: number = KEPT_RATE_WINDOW_DAYS,
): KeptRate {
  assertCadence(cadence);
  assertWindow(windowDays);
  return keptRateOf(cadence, countCheckOffs(checkedDays, today, startedOn), windowDays);
}

/** Milestones (7, 30, 100) crossed when a streak goes from `previous` to `current`, ascending. */
export function streakMilestonesReached(previous: number, current: number): number[] {
  return STREAK_MILESTONES.filter((m) => previous < m && m <= current);
}
