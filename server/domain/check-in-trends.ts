import { addDays, daysBetween, type LocalDate } from "./calendar-days";

/**
 * Reading a direction over weeks, not a score today: pure arithmetic on one person's daily
 * check-ins, shared by their own chart and by what their partner may see.
 */
export const measures = ["safety", "trust", "connection"] as const;
export type Measure = (typeof measures)[number];
export type Reading = { day: LocalDate } & Record<Measure, number>;
export type Direction = "rising" | "steady" | "falling";

/** The trend line's window: each day's average is over the 7 days up to it. */
export const AVERAGE_WINDOW_DAYS = 7;
/** A direction compares a person's last 7 readings with the 7 before them. */
export const DIRECTION_READINGS = 7;
/** Averages closer than this are "steady": a half-point drift on a 0–10 scale is noise, not news. */
export const STEADY_WITHIN = 0.5;

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/**
 * Per measure, rising, steady or falling: the mean of the newest 7 readings against the mean of
 * the 7 before them. Counted in readings, not calendar days, so a week without a check-in reads
 * exactly like a week with one: a partner shown the direction can never tell a day was skipped.
 * Null until there are 14 readings, since there is nothing fair to compare.
 */
export function directionsOf(readings: readonly Reading[]): Record<Measure, Direction | null> {
  const newestFirst = [...readings].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  const recent = newestFirst.slice(0, DIRECTION_READINGS);
  const before = newestFirst.slice(DIRECTION_READINGS, 2 * DIRECTION_READINGS);
  if (before.length < DIRECTION_READINGS) return { safety: null, trust: null, connection: null };
  const total = (of: Reading[], measure: Measure) => of.reduce((sum, reading) => sum + reading[measure], 0);
  const directionOf = (measure: Measure): Direction => {
    const change = (total(recent, measure) - total(before, measure)) / DIRECTION_READINGS;
    if (Math.abs(change) < STEADY_WITHIN) return "steady";
    return change > 0 ? "rising" : "falling";
  };
  return { safety: directionOf("safety"), trust: directionOf("trust"), connection: directionOf("connection") };
}

export type TrendPoint = { day: LocalDate; value: number | null; average: number | null };

/**
 * Every day from `from` to `to` with that day's reading (null when there is none) and the mean
 * of the readings in the 7 days ending that day (null when there are none). Readings before
 * `from` still count towards the first week's averages.
 */
export function trendOf(readings: readonly Reading[], measure: Measure, from: LocalDate, to: LocalDate): TrendPoint[] {
  const byDay = new Map(readings.map((reading) => [reading.day, reading[measure]]));
  const points: TrendPoint[] = [];
  const length = daysBetween(from, to) + 1;
  for (let i = 0; i < length; i++) {
    const day = addDays(from, i);
    const week: number[] = [];
    for (let back = 0; back < AVERAGE_WINDOW_DAYS; back++) {
      const value = byDay.get(addDays(day, -back));
      if (value !== undefined) week.push(value);
    }
    const average = mean(week);
    points.push({
      day,
      value: byDay.get(day) ?? null,
      average: average === null ? null : Math.round(average * 10) / 10,
    });
  }
  return points;
}
