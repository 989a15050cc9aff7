import { z } from "zod";

/*
 * Every date, time and number a procedure takes has a range the database can store and
 * the product can make sense of, so the edge of a type is a BAD_REQUEST that names the
 * field, never a 500 from deep inside a query. The fuzz test reads these bounds back
 * from the schemas and tries each edge.
 */

const thisYear = new Date().getUTCFullYear();

/** Days a couple's story can hold: a first meeting long ago, a plan a few years ahead. */
export const EARLIEST_DAY = "1900-01-01";
export const LATEST_DAY = `${thisYear + 10}-12-31`;

/** Instants the app itself wrote and hands back (list cursors, a page's render time). */
export const EARLIEST_INSTANT = new Date("2000-01-01T00:00:00.000Z");
export const LATEST_INSTANT = new Date(`${thisYear + 10}-12-31T23:59:59.999Z`);

/** PostgreSQL's integer. */
export const MAX_INT4 = 2_147_483_647;

/** The range of a day ("2026-03-14") or wall-clock time ("2026-03-14T19:00") field, compared as text. */
export type TextBounds = { kind: "day" | "localDateTime"; min: string; max: string };
export const textBounds = z.registry<TextBounds>();

const dayRangeMessage = `Choose a date between ${EARLIEST_DAY.slice(0, 4)} and ${LATEST_DAY.slice(0, 4)}.`;

/** A day field, already checked to be a real "YYYY-MM-DD" day, kept within EARLIEST_DAY…LATEST_DAY. */
export function withinDays(day: z.ZodString | z.ZodISODate): z.ZodString {
  return (day as z.ZodString)
    .refine((value) => value >= EARLIEST_DAY && value <= LATEST_DAY, dayRangeMessage)
    .register(textBounds, { kind: "day", min: EARLIEST_DAY, max: LATEST_DAY });
}

/** A wall-clock field ("YYYY-MM-DDTHH:MM") whose day is within EARLIEST_DAY…LATEST_DAY. */
export function withinDayTimes(dayTime: z.ZodString): z.ZodString {
  // Any zone's offset moves these by under a day: every instant stays far inside what a timestamp holds.
  return dayTime
    .refine((value) => value.slice(0, 10) >= EARLIEST_DAY && value.slice(0, 10) <= LATEST_DAY, dayRangeMessage)
    .register(textBounds, { kind: "localDateTime", min: `${EARLIEST_DAY}T00:00`, max: `${LATEST_DAY}T23:59` });
}

/** An instant the app handed out earlier (a cursor, a render time). */
export function appInstant(message = "That time is out of range. Reload the page and try again.") {
  return z.date().min(EARLIEST_INSTANT, message).max(LATEST_INSTANT, message);
}

/** A record's edit version, as the integer column stores it. */
export const versionField = z
  .number()
  .int()
  .min(1)
  .max(MAX_INT4, "That version is out of range. Reload the page and try again.");
