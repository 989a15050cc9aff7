/**
 * Calendar days: a `LocalDate` is a day as written (`YYYY-MM-DD`), the same day wherever the
 * reader is. All arithmetic is on whole days since 1970-01-01 ("day numbers"), so a
 * daylight-saving night can never create or lose a day and the server's time zone never
 * matters. Instants become days only through zoned-time's `localDateOf`.
 *
 * In integers (Howard Hinnant's civil-date algorithms) rather than Date objects or
 * date-fns: a year of check-offs is walked on every dashboard load, and building a Date
 * and matching a pattern for each day was most of that request's cost.
 */

/** A local calendar day, `YYYY-MM-DD` (ISO 8601), e.g. `"2025-03-09"`. */
export type LocalDate = string;

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

/** Days since 1970-01-01 of a LocalDate; RangeError when it is no calendar day. */
export function dayNumberOf(day: LocalDate): number {
  const number = toDayNumber(day);
  if (number === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return number;
}

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/** Whether `number` is a whole day since 1970-01-01 that a LocalDate can write (years 0 to 9999). */
export function isDayNumber(number: number): boolean {
  return Number.isInteger(number) && number >= FIRST_DAY && number <= LAST_DAY;
}

/** The LocalDate of a day number; RangeError outside years 0 to 9999. */
export function localDateOfNumber(number: number): LocalDate {
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
  return writtenDate(year, month, date);
}

/** `YYYY-MM-DD` from a year, a month (1–12) and a day of the month. */
export function writtenDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOfNumber(day: number): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week containing the day number `day`. */
export function weekStartOfNumber(day: number): number {
  return day - ((weekdayOfNumber(day) + 6) % 7);
}

/** True when `value` is a real calendar day written as `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && toDayNumber(value) !== null;
}

/** `day` shifted by `n` calendar days (n may be negative). Pure date arithmetic. */
export function addDays(day: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays expects a whole number of days, got ${n}`);
  return localDateOfNumber(dayNumberOf(day) + n);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: LocalDate): number {
  return weekdayOfNumber(dayNumberOf(day));
}

/** Calendar days from `a` to `b` (positive when `b` is later): daysBetween("2025-03-08", "2025-03-10") === 2. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

/** Monday of the ISO week containing `day`. */
export function isoWeekStart(day: LocalDate): LocalDate {
  return localDateOfNumber(weekStartOfNumber(dayNumberOf(day)));
}
