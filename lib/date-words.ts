/*
 * Dates in words ("Monday 2 March", "2 Mar", "3 minutes ago"), with plain English name tables
 * rather than date-fns (whose formatter and locale tables cost every page that shows a date
 * about 7 KB gzip) or Intl (building a DateTimeFormat and calling formatToParts took a quarter
 * of the dashboard's script time while hydrating, on a throttled phone). The names are en-US's,
 * whose short forms are the familiar "Sep" and "Tue"; the order, day before month, is ours.
 *
 * A calendar day ("2026-03-02") is that day wherever the reader is; an instant is shown on the
 * reader's clock, which is what Date's local getters read. The one place dates become words:
 * a plan's time on its own clock (plan-time.ts) is written with these names too.
 */

type Part = "weekday" | "day" | "month" | "year";
type Width = "long" | "short";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// Every en-US short name is its long name's first three letters.
const short = (name: string) => name.slice(0, 3);

type Fields = { weekday: number; day: number; month: number; year: number };

function fieldsOf(when: string | Date): Fields {
  if (typeof when === "string") {
    const [year, month, day] = when.split("-").map(Number) as [number, number, number];
    return { year, month: month - 1, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
  }
  return { year: when.getFullYear(), month: when.getMonth(), day: when.getDate(), weekday: when.getDay() };
}

function wordsFor(when: string | Date, widths: { weekday?: Width; month?: Width }, order: readonly Part[]) {
  const fields = fieldsOf(when);
  const word = (part: Part) => {
    if (part === "weekday")
      return widths.weekday === "short" ? short(WEEKDAYS[fields.weekday]!) : WEEKDAYS[fields.weekday]!;
    if (part === "month") return widths.month === "short" ? short(MONTHS[fields.month]!) : MONTHS[fields.month]!;
    return String(fields[part]);
  };
  return order.map(word).join(" ");
}

/** "14 December 2019" */
export function longDate(when: string | Date) {
  return wordsFor(when, { month: "long" }, ["day", "month", "year"]);
}

/** "14 Dec" */
export function shortDate(when: string | Date) {
  return wordsFor(when, { month: "short" }, ["day", "month"]);
}

/** "14 Dec 2019" */
export function shortDateWithYear(when: string | Date) {
  return wordsFor(when, { month: "short" }, ["day", "month", "year"]);
}

/** "December 2019" */
export function monthYear(when: string | Date) {
  return wordsFor(when, { month: "long" }, ["month", "year"]);
}

/** "Dec 2019" */
export function shortMonthYear(when: string | Date) {
  return wordsFor(when, { month: "short" }, ["month", "year"]);
}

/** "Monday 2 March" */
export function weekdayDate(when: string | Date) {
  return wordsFor(when, { weekday: "long", month: "long" }, ["weekday", "day", "month"]);
}

/** "Mon 2 March" */
export function shortWeekdayLongDate(when: string | Date) {
  return wordsFor(when, { weekday: "short", month: "long" }, ["weekday", "day", "month"]);
}

/** "Mon 2 Mar" */
export function shortWeekdayDate(when: string | Date) {
  return wordsFor(when, { weekday: "short", month: "short" }, ["weekday", "day", "month"]);
}

/** "Mon 2 Mar, 09:05": an instant on the reader's clock. */
export function shortWeekdayDateTime(when: Date) {
  const clock = `${String(when.getHours()).padStart(2, "0")}:${String(when.getMinutes()).padStart(2, "0")}`;
  return `${shortWeekdayDate(when)}, ${clock}`;
}

/** "Mon 2" */
export function shortWeekdayDay(when: string | Date) {
  return wordsFor(when, { weekday: "short" }, ["weekday", "day"]);
}

const MINUTE = 60_000;
const DAY_MINUTES = 1_440;
const MONTH_MINUTES = 30 * DAY_MINUTES;
const YEAR_MINUTES = 365 * DAY_MINUTES;

/**
 * "just now", "3 minutes ago", "in 2 days": under a minute is "just now" (or "in a
 * moment"); past that, the one unit that fits, rounded, as date-fns's
 * formatDistanceToNowStrict puts it. Days and longer count calendar time: a daylight-saving
 * change in between moves neither the count nor the unit.
 */
export function timeAgo(instant: Date, now = new Date()) {
  const [from, to] = instant <= now ? [instant, now] : [now, instant];
  const minutes = (to.getTime() - from.getTime()) / MINUTE;
  // "0 seconds ago" is a clock talking; a person says "just now".
  if (minutes < 1) return instant <= now ? "just now" : "in a moment";
  const calendarMinutes = minutes - to.getTimezoneOffset() + from.getTimezoneOffset();
  const [count, unit] =
    minutes < 60
      ? [Math.round(minutes), "minute"]
      : minutes < DAY_MINUTES
        ? [Math.round(minutes / 60), "hour"]
        : calendarMinutes < MONTH_MINUTES
          ? [Math.round(calendarMinutes / DAY_MINUTES), "day"]
          : calendarMinutes < YEAR_MINUTES
            ? [Math.round(calendarMinutes / MONTH_MINUTES), "month"]
            : [Math.round(calendarMinutes / YEAR_MINUTES), "year"];
  // Twelve rounded months read as a year.
  const [shownCount, shownUnit] = unit === "month" && count === 12 ? [1, "year"] : [count, unit];
  const distance = `${shownCount} ${shownUnit}${shownCount === 1 ? "" : "s"}`;
  return instant <= now ? `${distance} ago` : `in ${distance}`;
}
