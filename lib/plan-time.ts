/*
 * A plan's time in words, on the plan's own clock (the zone it was made in): "Saturday 28
 * November at 19:00 – 22:00". Shared by the server, which hands the dashboard its upcoming
 * dates already in words (so the dashboard needs no Intl in the browser, whose set-up is costly
 * on a phone), and the date pages, which format in the browser.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** A plan's start on its own clock, the same on the server and in the browser, so nothing shifts when the page hydrates. */
export function formatPlanTime(instant: Date, timeZone: string) {
  return formatter(timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

export function formatClock(instant: Date, timeZone: string) {
  return formatter(timeZone, { hour: "2-digit", minute: "2-digit" }).format(instant);
}

/** "Saturday 28 November" from "2026-11-28". */
export function formatDay(day: string) {
  return formatter("UTC", { weekday: "long", day: "numeric", month: "long" }).format(new Date(`${day}T12:00:00Z`));
}

export function formatRange(startsAt: Date, endsAt: Date, timeZone: string) {
  const sameDay =
    formatter(timeZone, { dateStyle: "short" }).format(startsAt) ===
    formatter(timeZone, { dateStyle: "short" }).format(endsAt);
  return sameDay
    ? `${formatPlanTime(startsAt, timeZone)} – ${formatClock(endsAt, timeZone)}`
    : `${formatPlanTime(startsAt, timeZone)} – ${formatPlanTime(endsAt, timeZone)}`;
}

/** "14 December 2019" from "2019-12-14". */
export function formatLongDate(day: string) {
  return formatter("UTC", { day: "numeric", month: "long", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));
}
