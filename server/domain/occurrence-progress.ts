import { dayNumberOf, type LocalDate } from "./calendar-days";
import { type Cadence, occurrenceFor } from "./occurrences";
import {
  canCheckOff,
  checkOffWindow,
  countCheckOffsSinceEpoch,
  type CountedCheckOffs,
  currentStreak,
  isCounted,
  isKeptNow,
  keptRate,
  type KeptRate,
} from "./streaks";

/** One day of the check-off window (today and the 6 days before), as the owner's screen shows it. */
export type WindowDay = {
  day: LocalDate;
  checked: boolean;
  /** Whether a check-off on this day would keep an occurrence (a chosen weekday, not before the start). */
  counts: boolean;
};

export type Progress = {
  streak: number;
  keptRate: KeptRate;
  /** Something to do in the current occurrence: today's (daily, a chosen weekday), this week's, or the one-off. */
  dueNow: boolean;
  /** The current occurrence is already kept. */
  keptNow: boolean;
  window: WindowDay[];
};

/**
 * Where a responsibility or small change stands on the owner's `today`: the streak, the
 * 30-day kept-rate, whether the current occurrence is due or already kept, and the week
 * of days that may still be checked off.
 */
export function progressOf(
  cadence: Cadence,
  checkedDays: readonly LocalDate[],
  today: LocalDate,
  startedOn: LocalDate,
): Progress {
  // Read once for every figure: each walks the same check-offs.
  return progressOfDayNumbers(cadence, checkedDays.map(dayNumberOf), today, startedOn);
}

/** `progressOf` for check-off days given as whole days since 1970-01-01, as the lists' SQL sends them (keptDaysQuery). */
export function progressOfDayNumbers(
  cadence: Cadence,
  checkedDays: readonly number[],
  today: LocalDate,
  startedOn: LocalDate,
): Progress {
  return progressOfCounted(cadence, countCheckOffsSinceEpoch(checkedDays, today, startedOn), today, startedOn);
}

/** `progressOf` for check-offs already counted on this `today`, since this `startedOn`. */
export function progressOfCounted(
  cadence: Cadence,
  counted: CountedCheckOffs,
  today: LocalDate,
  startedOn: LocalDate,
): Progress {
  const current = occurrenceFor(cadence, today, startedOn);
  return {
    streak: currentStreak(cadence, counted, today, startedOn),
    keptRate: keptRate(cadence, counted, today, startedOn),
    dueNow: current !== null,
    keptNow: current !== null && isKeptNow(cadence, counted),
    window: checkOffWindow(today).days.map((day) => ({
      day,
      checked: isCounted(counted, day),
      counts: canCheckOff(day, today) && occurrenceFor(cadence, day, startedOn) !== null,
    })),
  };
}

/** Why a day can't be checked off, or null when it can. */
export function checkOffProblem(
  cadence: Cadence,
  day: LocalDate,
  today: LocalDate,
  startedOn: LocalDate,
): string | null {
  if (day > today) return "That day hasn't come yet.";
  if (!canCheckOff(day, today)) return "Check-offs reach back a week at most.";
  if (day < startedOn) return "That day was before this began.";
  if (occurrenceFor(cadence, day, startedOn) === null) return "That isn't one of the chosen days.";
  return null;
}
