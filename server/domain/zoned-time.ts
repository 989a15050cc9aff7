/**
 * Wall-clock times in a named time zone, with nothing but Intl: a plan is entered as
 * "Saturday 19:00 in Europe/Oslo" and stored as an instant, and an instant becomes the
 * calendar day it was where a person lives (`localDateOf`). The one place that asks Intl
 * for a zone's clock.
 */

import { isLocalDate, writtenDate, type LocalDate } from "./calendar-days";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's clock to the second, in en-US, with the weekday or without: built once per zone and shape. */
function formatterFor(timeZone: string, withWeekday: boolean) {
  const key = `${withWeekday ? "w" : "n"}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      ...(withWeekday ? { weekday: "long" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

function wallClockFromParts(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone, true).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday ?? "",
  };
}

/*
 * formatToParts costs about four times what format does, and the dashboard reads a
 * clock for every plan it shows: the same fields are read from format's text, which
 * en-US writes as "11/28/2026, 19:00:00", and the weekday is worked out from the date.
 * Text in any other shape (a different ICU) falls back to formatToParts, as do years
 * before the Gregorian calendar, where ICU's dates and the weekday arithmetic part ways.
 */
const NUMERIC_WALL_CLOCK = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const match = NUMERIC_WALL_CLOCK.exec(formatterFor(timeZone, false).format(instant));
  if (!match) return wallClockFromParts(instant, timeZone);
  const year = Number(match[3]);
  if (year < 1600) return wallClockFromParts(instant, timeZone);
  const month = Number(match[1]);
  const day = Number(match[2]);
  return {
    year,
    month,
    day,
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6]),
    weekday: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!,
  };
}

/** Milliseconds the zone's clock is ahead of UTC at this instant. */
function offsetAt(instant: number, timeZone: string) {
  const wall = wallClockAt(new Date(instant), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/**
 * "2026-11-28T19:00" in `timeZone` → the instant. A time skipped by a daylight-saving
 * jump lands just after the jump; a repeated hour takes its first occurrence.
 */
export function localToInstant(local: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match || !isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offsets a day either side cover any transition near this time.
  const offsets = [offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)];
  const valid = offsets
    .map((offset) => asUtc - offset)
    .filter((instant) => asUtc - offsetAt(instant, timeZone) === instant);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // Skipped by a jump forward: read the time on the clock from before the jump.
  return new Date(asUtc - offsets[0]!);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The calendar date (YYYY-MM-DD) a wall clock shows. */
export function dateOnWall(wall: WallClock): LocalDate {
  return writtenDate(wall.year, wall.month, wall.day);
}

/** The instant as "2026-11-28T19:00" on the zone's clock (what a datetime-local field shows). */
export function instantToLocal(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  return `${dateOnWall(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The calendar day `instant` falls on in the IANA `timeZone` (e.g. "Europe/Berlin"): today
 * where a person lives, the day a check-off counts for. RangeError for an unknown zone, an
 * invalid Date, or a day no LocalDate can write.
 */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("localDateOf: invalid Date");
  const day = dateOnWall(wallClockAt(instant, timeZone));
  if (!isLocalDate(day)) throw new RangeError(`localDateOf: cannot represent ${instant.toISOString()}`);
  return day;
}
