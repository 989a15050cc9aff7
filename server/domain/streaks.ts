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

export type Cadence =
  | { kind: "once" }
  | { kind: "daily" }
  | { kind: "weekly" }
  | { kind: "weekdays"; days: number[] };

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

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------
// Calendar days
// ---------------------------------------------------------------------------

/** Parses a LocalDate to its UTC-midnight epoch milliseconds, or null if malformed. */
function toEpochDay(day: string): number | null {
  const match = LOCAL_DATE_PATTERN.exec(day);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  // Reject impossible dates such as 2025-02-30 (which Date would roll over).
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) {
    return null;
  }
  return utc.getTime();
}

function epochMs(day: LocalDate): number {
  const ms = toEpochDay(day);
  if (ms === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return ms;
}

function fromEpochMs(ms: number): LocalDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: year ${year}`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** True when `value` is a real calendar day written as `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && toEpochDay(value) !== null;
}

/** `day` shifted by `n` calendar days (n may be negative). Pure date arithmetic. */
export function addDays(day: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays expects a whole number of days, got ${n}`);
  return fromEpochMs(epochMs(day) + n * MS_PER_DAY);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: LocalDate): number {
  return new Date(epochMs(day)).getUTCDay();
}

/** Calendar days from `a` to `b` (positive when `b` is later): daysBetween("2025-03-08", "2025-03-10") === 2. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((epochMs(b) - epochMs(a)) / MS_PER_DAY);
}

/** Monday of the ISO week containing `day`. */
export function isoWeekStart(day: LocalDate): LocalDate {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
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

function assertCadence(cadence: Cadence): void {
  if (cadence.kind === "weekdays") {
    for (const d of cadence.days) {
      if (!Number.isInteger(d) || d < 0 || d > 6) {
        throw new RangeError(`Weekday must be an integer 0 (Sunday) … 6 (Saturday), got ${d}`);
      }
    }
  }
}

function maxDay(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/**
 * Occurrences of `cadence` whose period overlaps `from … to` (inclusive), each
 * identified by its first day, oldest first. Weekly occurrences are the Mondays
 * of the ISO weeks touching the range (so the first may precede `from` or
 * `startedOn`); `once` yields `[startedOn]` when `startedOn <= to`.
 */
export function dueDays(cadence: Cadence, from: LocalDate, to: LocalDate, startedOn: LocalDate): LocalDate[] {
  assertCadence(cadence);
  epochMs(from);
  epochMs(to);
  epochMs(startedOn);
  if (from > to) return [];
  const start = maxDay(from, startedOn);
  if (start > to) {
    // `once` stays open until done, so it overlaps any range after startedOn.
    return cadence.kind === "once" && startedOn <= to ? [startedOn] : [];
  }
  switch (cadence.kind) {
    case "once":
      return [startedOn];
    case "daily":
      return eachDay(start, to);
    case "weekdays": {
      const chosen = new Set(cadence.days);
      return eachDay(start, to).filter((d) => chosen.has(weekdayOf(d)));
    }
    case "weekly": {
      const mondays: LocalDate[] = [];
      for (let monday = isoWeekStart(start); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
      return mondays;
    }
  }
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
  if (epochMs(day) < epochMs(startedOn)) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return day;
    case "weekdays":
      return cadence.days.includes(weekdayOf(day)) ? day : null;
    case "weekly":
      return isoWeekStart(day);
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

type Occurrence = { id: LocalDate; kept: boolean; pending: boolean };

/** Check-offs that count: valid, deduplicated, on or after startedOn, not after today. */
function countedCheckOffs(checkedDays: readonly LocalDate[], today: LocalDate, startedOn: LocalDate): Set<LocalDate> {
  const counted = new Set<LocalDate>();
  for (const day of checkedDays) {
    epochMs(day);
    if (day >= startedOn && day <= today) counted.add(day);
  }
  return counted;
}

function evaluate(
  cadence: Cadence,
  id: LocalDate,
  checked: ReadonlySet<LocalDate>,
  today: LocalDate,
  startedOn: LocalDate,
): Occurrence {
  if (cadence.kind === "weekly") {
    const sunday = addDays(id, 6);
    let kept = false;
    for (let d = maxDay(id, startedOn); d <= sunday && d <= today; d = addDays(d, 1)) {
      if (checked.has(d)) {
        kept = true;
        break;
      }
    }
    return { id, kept, pending: !kept && sunday >= today };
  }
  const kept = checked.has(id);
  return { id, kept, pending: !kept && id >= today };
}

/** The latest occurrence whose period has begun by `today`, or null if none. */
function latestOccurrence(cadence: Cadence, today: LocalDate, startedOn: LocalDate): LocalDate | null {
  if (today < startedOn) return null;
  switch (cadence.kind) {
    case "once":
      return startedOn;
    case "daily":
      return today;
    case "weekly":
      return isoWeekStart(today);
    case "weekdays": {
      if (cadence.days.length === 0) return null;
      for (let d = today, i = 0; i < 7 && d >= startedOn; d = addDays(d, -1), i++) {
        if (cadence.days.includes(weekdayOf(d))) return d;
      }
      return null;
    }
  }
}

/** The occurrence before `id`, or null if it would start before `startedOn`. */
function previousOccurrence(cadence: Cadence, id: LocalDate, startedOn: LocalDate): LocalDate | null {
  switch (cadence.kind) {
    case "once":
      return null;
    case "daily": {
      const prev = addDays(id, -1);
      return prev >= startedOn ? prev : null;
    }
    case "weekly": {
      const prev = addDays(id, -7);
      return addDays(prev, 6) >= startedOn ? prev : null;
    }
    case "weekdays": {
      for (let d = addDays(id, -1), i = 0; i < 7 && d >= startedOn; d = addDays(d, -1), i++) {
        if (cadence.days.includes(weekdayOf(d))) return d;
      }
      return null;
    }
  }
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
  epochMs(today);
  epochMs(startedOn);
  const checked = countedCheckOffs(checkedDays, today, startedOn);
  if (cadence.kind === "once") return checked.size > 0 ? 1 : 0;

  let streak = 0;
  for (
    let id = latestOccurrence(cadence, today, startedOn);
    id !== null;
    id = previousOccurrence(cadence, id, startedOn)
  ) {
    const occurrence = evaluate(cadence, id, checked, today, startedOn);
    if (occurrence.kept) streak++;
    else if (!occurrence.pending) break;
  }
  return streak;
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
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`windowDays must be a positive whole number, got ${windowDays}`);
  }
  const windowStart = addDays(today, -(windowDays - 1));
  const checked = countedCheckOffs(checkedDays, today, startedOn);

  let kept = 0;
  let due = 0;
  if (cadence.kind === "once") {
    const doneOn = [...checked].sort()[0];
    if (doneOn !== undefined && doneOn >= windowStart) {
      kept = 1;
      due = 1;
    }
  } else {
    for (const id of dueDays(cadence, windowStart, today, startedOn)) {
      const occurrence = evaluate(cadence, id, checked, today, startedOn);
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

/** Milestones (7, 30, 100) crossed when a streak goes from `previous` to `current`, ascending. */
export function streakMilestonesReached(previous: number, current: number): number[] {
  return STREAK_MILESTONES.filter((m) => previous < m && m <= current);
}
