import { addDays, daysBetween, type LocalDate } from "./calendar-days";

/**
 * Reading a direction over weeks, not a score today: pure arithmetic on one person's daily
 * check-ins, shared by their own chart and by what their partner may see.
 */
export const measures = ["safety", "trust", "connection"] as const;
export type Measure = (typeof measures)[number];
export type Reading = { day: LocalDate } & Record<Measure, number>;
export type Direction = "rising" | "steady" | "falling";

/** The last 7 days against the 7 before them. */
export const DIRECTION_WINDOW_DAYS = 7;
/** Averages closer than this are "steady": a half-point drift on a 0–10 scale is noise, not news. */
export const STEADY_WITHIN = 0.5;

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function within(readings: readonly Reading[], from: LocalDate, to: LocalDate) {
  return readings.filter((reading) => reading.day >= from && reading.day <= to);
}

/**
 * Per measure, rising, steady or falling: the mean of the last 7 days (today included) against
 * the mean of the 7 before. Null when either week has no reading, since there is nothing to compare.
 */
export function directionsOf(readings: readonly Reading[], today: LocalDate): Record<Measure, Direction | null> {
  const recent = within(readings, addDays(today, 1 - DIRECTION_WINDOW_DAYS), today);
  const before = within(
    readings,
    addDays(today, 1 - 2 * DIRECTION_WINDOW_DAYS),
    addDays(today, -DIRECTION_WINDOW_DAYS),
  );
  const directionOf = (measure: Measure): Direction | null => {
    const now = mean(recent.map((reading) => reading[measure]));
    const then = mean(before.map((reading) => reading[measure]));
    if (now === null || then === null) return null;
    if (Math.abs(now - then) < STEADY_WITHIN) return "steady";
    return now > then ? "rising" : "falling";
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
    for (let back = 0; back < DIRECTION_WINDOW_DAYS; back++) {
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
