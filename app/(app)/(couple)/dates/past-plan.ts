import { instantToLocal, isLocalDateTime } from "@/server/domain/zoned-time";

/**
 * Whether a new plan's start ("2026-11-28T19:00" on the plan's clock) has already gone by:
 * then it's more likely a memory than a plan. A time zone the browser doesn't know is
 * left to the form's own checks.
 */
export function startsInThePast(startsAt: string, timeZone: string, now: Date): boolean {
  if (!isLocalDateTime(startsAt)) return false;
  try {
    // Both sides are wall-clock strings of one shape, so they compare as text.
    return startsAt < instantToLocal(now, timeZone);
  } catch {
    return false;
  }
}
