/**
 * Streaks and kept-rates for agreed responsibilities and small changes.
 *
 * Everything here is a pure function over *local calendar days* (calendar-days.ts): an
 * instant becomes a day only through `localDateOf`, on the user's own clock, so a DST
 * night can never create or lose a day, and the server's own time zone never matters.
 *
 * Occurrences, and which of them are pending, are as occurrences.ts defines them.
 */

import { dayNumberOf, isDayNumber, localDateOfNumber, weekStartOfNumber, type LocalDate } from "./calendar-days";
import { assertCadence, dueDayNumbers, latestOccurrence, previousOccurrence, type Cadence } from "./occurrences";

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

/** The days that may be checked off on `today`: today and the 6 days before. */
export function checkOffWindow(today: LocalDate): CheckOffWindow {
  const last = dayNumberOf(today);
  const days: LocalDate[] = [];
  for (let d = last - (CHECK_OFF_WINDOW_DAYS - 1); d <= last; d++) days.push(localDateOfNumber(d));
  return { from: days[0]!, to: today, days };
}

/** Whether `day` may be checked off on `today` (not in the future, at most 6 days back). */
export function canCheckOff(day: LocalDate, today: LocalDate): boolean {
  const back = dayNumberOf(today) - dayNumberOf(day);
  return back >= 0 && back < CHECK_OFF_WINDOW_DAYS;
}

/**
 * The check-offs that count (deduplicated, on or after startedOn, not after today), read
 * once for all of an item's figures.
 */
export type CountedCheckOffs = {
  readonly today: number;
  readonly startedOn: number;
  readonly days: ReadonlySet<number>;
};

/**
 * Counts check-offs given as whole days since 1970-01-01, as SQL hands them over
 * (`day - date '1970-01-01'`): the dashboard reads a year of check-offs per habit, and
 * numbers are several times cheaper than date strings to parse, as json and as dates.
 * Days written as dates are counted through `dayNumberOf`.
 */
export function countCheckOffsSinceEpoch(
  checkedDays: readonly number[],
  today: LocalDate,
  startedOn: LocalDate,
): CountedCheckOffs {
  const todayNumber = dayNumberOf(today);
  const startedOnNumber = dayNumberOf(startedOn);
  const days = new Set<number>();
  for (const number of checkedDays) {
    if (!isDayNumber(number)) throw new RangeError(`Not a calendar day (days since 1970-01-01): ${number}`);
    if (number >= startedOnNumber && number <= todayNumber) days.add(number);
  }
  return { today: todayNumber, startedOn: startedOnNumber, days };
}

/**
 * Check-offs as days written as dates (malformed ones throw RangeError), or already
 * counted on this `today` since this `startedOn`, when several figures read the same ones.
 */
export type CheckOffs = readonly LocalDate[] | CountedCheckOffs;

function counted(checkOffs: CheckOffs, today: LocalDate, startedOn: LocalDate): CountedCheckOffs {
  return "days" in checkOffs ? checkOffs : countCheckOffsSinceEpoch(checkOffs.map(dayNumberOf), today, startedOn);
}

export function isCounted(counted: CountedCheckOffs, day: LocalDate): boolean {
  return counted.days.has(dayNumberOf(day));
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

/**
 * Consecutive kept occurrences ending at the latest due occurrence. A pending
 * occurrence (today's, or this week's, not yet checked) is skipped rather than
 * breaking the streak; a missed past occurrence ends it. `once`: 1 if done, else 0.
 */
export function currentStreak(cadence: Cadence, checkOffs: CheckOffs, today: LocalDate, startedOn: LocalDate): number {
  assertCadence(cadence);
  const count = counted(checkOffs, today, startedOn);
  if (cadence.kind === "once") return count.days.size > 0 ? 1 : 0;
  let streak = 0;
  for (
    let id = latestOccurrence(cadence, count.today, count.startedOn);
    id !== null;
    id = previousOccurrence(cadence, id, count.startedOn)
  ) {
    const occurrence = evaluate(cadence, id, count);
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
  checkOffs: CheckOffs,
  today: LocalDate,
  startedOn: LocalDate,
  windowDays: number = KEPT_RATE_WINDOW_DAYS,
): KeptRate {
  assertCadence(cadence);
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`windowDays must be a positive whole number, got ${windowDays}`);
  }
  const count = counted(checkOffs, today, startedOn);
  const windowStart = count.today - (windowDays - 1);
  // Only to refuse a window reaching before year 0, as the calendar does.
  localDateOfNumber(windowStart);

  let kept = 0;
  let due = 0;
  if (cadence.kind === "once") {
    let doneOn = Infinity;
    for (const day of count.days) doneOn = Math.min(doneOn, day);
    if (doneOn >= windowStart && doneOn !== Infinity) {
      kept = 1;
      due = 1;
    }
  } else {
    for (const id of dueDayNumbers(cadence, windowStart, count.today, count.startedOn)) {
      const occurrence = evaluate(cadence, id, count);
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

/** The unit a streak of `count` is counted in: "1 day", "3 weeks", "7 times". */
export function streakUnit(cadence: Cadence, count: number): string {
  const unit = cadence.kind === "weekly" ? "week" : cadence.kind === "weekdays" ? "time" : "day";
  return count === 1 ? unit : `${unit}s`;
}
