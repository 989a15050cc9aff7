import type { DigestPeriod } from "@/db/schema";
import { localToInstant, wallClockAt } from "../domain/zoned-time";

export type DigestRules = {
  period: DigestPeriod;
  timeZone: string;
  /** Minutes after local midnight; equal means no quiet hours. */
  quietStart: number;
  quietEnd: number;
};

const PERIOD_MS: Record<DigestPeriod, number> = {
  immediately: 0,
  twice_daily: 12 * 60 * 60_000,
  daily: 24 * 60 * 60_000,
};

function minutesOnClock(instant: Date, timeZone: string) {
  const wall = wallClockAt(instant, timeZone);
  return wall.hour * 60 + wall.minute;
}

/** Whether the person's own clock is inside their quiet hours (which may cross midnight). */
export function isQuietAt(instant: Date, rules: Pick<DigestRules, "timeZone" | "quietStart" | "quietEnd">) {
  const { quietStart: start, quietEnd: end } = rules;
  if (start === end) return false;
  const minutes = minutesOnClock(instant, rules.timeZone);
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The first instant after `instant` at which the quiet hours end, read on the person's clock (daylight saving included). */
function quietEndAfter(instant: Date, rules: DigestRules) {
  const time = `${pad(Math.floor(rules.quietEnd / 60))}:${pad(rules.quietEnd % 60)}`;
  const today = wallClockAt(instant, rules.timeZone);
  // Calendar days, not 24-hour steps: a night with a clock change is 23 or 25 hours long.
  for (let days = 0; days <= 2; days++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days)).toISOString().slice(0, 10);
    const candidate = localToInstant(`${date}T${time}`, rules.timeZone);
    if (candidate.getTime() > instant.getTime()) return candidate;
  }
  throw new RangeError("quiet hours never end");
}

/**
 * When the next digest may go: at most one per period after the last, and never during
 * the quiet hours where the person lives.
 */
export function nextDigestAt(rules: DigestRules, lastSentAt: Date | null, now: Date): Date {
  const earliest = new Date(Math.max(now.getTime(), lastSentAt ? lastSentAt.getTime() + PERIOD_MS[rules.period] : 0));
  return isQuietAt(earliest, rules) ? quietEndAfter(earliest, rules) : earliest;
}
