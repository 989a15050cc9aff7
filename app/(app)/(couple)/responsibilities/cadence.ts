import { countOf } from "@/lib/plural";
import { shortWeekdayDay, weekdayDate } from "@/lib/date-words";
import type { Cadence } from "@/db/vocabulary";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
export const WEEKDAY_LABELS = WEEKDAY_NAMES;

/** "Every day", "Mon, Wed, Fri", "Once a week"… in plain words. */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case "daily":
      return "Every day";
    case "weekly":
      return "Once a week";
    case "once":
      return "Once";
    case "weekdays": {
      const days = [...cadence.days].sort((a, b) => WEEKDAY_ORDER.indexOf(a) - WEEKDAY_ORDER.indexOf(b));
      if (days.join() === "1,2,3,4,5") return "Weekdays";
      if (days.join() === "6,0") return "Weekends";
      return days.map((d) => WEEKDAY_NAMES[d]).join(", ");
    }
  }
}

export function streakWords(streak: number, cadence: Cadence): string {
  const unit = cadence.kind === "weekly" ? "week" : cadence.kind === "weekdays" ? "time" : "day";
  return `${countOf(streak, unit)} in a row`;
}

/** "Mon 2" for a local day "2026-03-02" (no time zone involved: it is a calendar day). */
export function shortDay(day: string): string {
  return shortWeekdayDay(day);
}

export function longDay(day: string): string {
  return weekdayDate(day);
}
