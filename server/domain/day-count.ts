// Formatters are costly to build and this runs on every dashboard load: one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (YYYY-MM-DD) where this person lives. */
export function localToday(now: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** "Day 1" is the day the repair began; counted in whole calendar days, immune to DST. */
export function dayOfRepair(repairBeganOn: string, today: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${repairBeganOn}T00:00:00Z`)) / 86_400_000;
  return Math.max(1, Math.round(days) + 1);
}
