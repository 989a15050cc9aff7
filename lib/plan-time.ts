import { dateOnWall, wallClockAt, type WallClock } from "@/server/domain/zoned-time";
import { weekdayDate } from "./date-words";

/*
 * A plan's time in words, on the plan's own clock (the zone it was made in): "Saturday 28
 * November at 19:00 – 22:00". Shared by the server, which hands the dashboard its upcoming
 * dates already in words, and the date pages, which write them in the browser: read from
 * zoned-time's clock and date-words' names, never the browser's Intl, so the server and the
 * browser write the same words and nothing shifts when the page hydrates.
 */

const twoDigits = (value: number) => String(value).padStart(2, "0");
const clockOf = (wall: WallClock) => `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
const planTimeOf = (wall: WallClock) => `${weekdayDate(dateOnWall(wall))} at ${clockOf(wall)}`;

/** "Saturday 28 November at 19:00": a plan's start on its own clock. */
export function formatPlanTime(instant: Date, timeZone: string) {
  return planTimeOf(wallClockAt(instant, timeZone));
}

/** "19:00" on the zone's clock. */
export function formatClock(instant: Date, timeZone: string) {
  return clockOf(wallClockAt(instant, timeZone));
}

/** "Saturday 28 November at 19:00 – 22:00", or with the end's day too when it ends on another. */
export function formatRange(startsAt: Date, endsAt: Date, timeZone: string) {
  const start = wallClockAt(startsAt, timeZone);
  const end = wallClockAt(endsAt, timeZone);
  const sameDay = dateOnWall(start) === dateOnWall(end);
  return `${planTimeOf(start)} – ${sameDay ? clockOf(end) : planTimeOf(end)}`;
}
