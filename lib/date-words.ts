/*
 * Dates in words ("Monday 2 March", "2 Mar", "3 minutes ago"), from the browser's own Intl
 * rather than date-fns, whose formatter and English locale tables cost every page that shows a
 * date about 7 KB gzip. Names come from en-US, whose short forms are the familiar "Sep" and
 * "Tue" (en-GB now writes "Sept"); the order, day before month, is ours.
 *
 * A calendar day ("2026-03-02") is that day wherever the reader is; an instant is shown on the
 * reader's clock.
 */

type Part = "weekday" | "day" | "month" | "year";

const formatters = new Map<string, Intl.DateTimeFormat>();

function wordsFor(when: string | Date, options: Intl.DateTimeFormatOptions, order: readonly Part[]) {
  const calendarDay = typeof when === "string";
  const zoned = calendarDay ? { ...options, timeZone: "UTC" } : options;
  const key = JSON.stringify(zoned);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", zoned);
    formatters.set(key, formatter);
  }
  // Noon UTC stays on the same calendar day in every time zone.
  const instant = calendarDay ? new Date(`${when}T12:00:00Z`) : when;
  const parts = new Map(formatter.formatToParts(instant).map(({ type, value }) => [type, value]));
  return order.map((part) => parts.get(part)).join(" ");
}

/** "14 December 2019" */
export function longDate(when: string | Date) {
  return wordsFor(when, { day: "numeric", month: "long", year: "numeric" }, ["day", "month", "year"]);
}

/** "14 Dec" */
export function shortDate(when: string | Date) {
  return wordsFor(when, { day: "numeric", month: "short" }, ["day", "month"]);
}

/** "Monday 2 March" */
export function weekdayDate(when: string | Date) {
  return wordsFor(when, { weekday: "long", day: "numeric", month: "long" }, ["weekday", "day", "month"]);
}

/** "Mon 2 Mar" */
export function shortWeekdayDate(when: string | Date) {
  return wordsFor(when, { weekday: "short", day: "numeric", month: "short" }, ["weekday", "day", "month"]);
}

/** "Mon 2" */
export function shortWeekdayDay(when: string | Date) {
  return wordsFor(when, { weekday: "short", day: "numeric" }, ["weekday", "day"]);
}

const MINUTE = 60_000;
const DAY_MINUTES = 1_440;
const MONTH_MINUTES = 30 * DAY_MINUTES;
const YEAR_MINUTES = 365 * DAY_MINUTES;

/**
 * "3 minutes ago", "in 2 days": the one unit that fits, rounded, as date-fns's
 * formatDistanceToNowStrict put it. Days and longer count calendar time: a daylight-saving
 * change in between moves neither the count nor the unit.
 */
export function timeAgo(instant: Date, now = new Date()) {
  const [from, to] = instant <= now ? [instant, now] : [now, instant];
  const minutes = (to.getTime() - from.getTime()) / MINUTE;
  const calendarMinutes = minutes - to.getTimezoneOffset() + from.getTimezoneOffset();
  const [count, unit] =
    minutes < 1
      ? [Math.round(minutes * 60), "second"]
      : minutes < 60
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
