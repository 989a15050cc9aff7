import { format, formatDistanceStrict, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  longDate,
  monthYear,
  shortDate,
  shortDateWithYear,
  shortMonthYear,
  shortWeekdayDate,
  shortWeekdayDateTime,
  shortWeekdayDay,
  shortWeekdayLongDate,
  timeAgo,
  weekdayDate,
} from "./date-words";

// These replaced date-fns on the dashboard (for its bundle): they must read exactly as it did.
const instant = fc.date({
  min: new Date("1971-01-01T00:00:00Z"),
  max: new Date("2099-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const calendarDay = instant.map((date) => date.toISOString().slice(0, 10));

const patterns = [
  [longDate, "d MMMM yyyy"],
  [shortDate, "d MMM"],
  [weekdayDate, "EEEE d MMMM"],
  [shortWeekdayDate, "EEE d MMM"],
  [shortWeekdayDay, "EEE d"],
  [shortDateWithYear, "d MMM yyyy"],
  [monthYear, "MMMM yyyy"],
  [shortMonthYear, "MMM yyyy"],
  [shortWeekdayLongDate, "EEE d MMMM"],
] as const;

describe("dates in words", () => {
  it.each(patterns)("%o writes a calendar day as date-fns's %s", (words, pattern) => {
    fc.assert(
      fc.property(calendarDay, (day) => {
        expect(words(day)).toBe(format(parseISO(day), pattern));
      }),
    );
  });

  it.each(patterns)("%o writes an instant on the reader's clock as date-fns's %s", (words, pattern) => {
    fc.assert(
      fc.property(instant, (when) => {
        expect(words(when)).toBe(format(when, pattern));
      }),
    );
  });

  it("writes an instant with its time on the reader's clock as date-fns's EEE d MMM, HH:mm", () => {
    fc.assert(
      fc.property(instant, (when) => {
        expect(shortWeekdayDateTime(when)).toBe(format(when, "EEE d MMM, HH:mm"));
      }),
    );
  });

  it("reads a calendar day as that day, whatever the clock", () => {
    expect(weekdayDate("2026-03-02")).toBe("Monday 2 March");
    expect(shortDate("2026-09-14")).toBe("14 Sep");
  });

  it('says "just now" under a minute, never "0 seconds ago"', () => {
    const now = new Date("2026-03-02T12:00:00Z");
    expect(timeAgo(now, now)).toBe("just now");
    expect(timeAgo(new Date(now.getTime() - 59_000), now)).toBe("just now");
    expect(timeAgo(new Date(now.getTime() + 30_000), now)).toBe("in a moment");
    expect(timeAgo(new Date(now.getTime() - 60_000), now)).toBe("1 minute ago");
  });

  it("past a minute, says how long ago in the one unit date-fns chose", () => {
    const gap = fc
      .integer({ min: -5 * 365 * 86_400, max: 5 * 365 * 86_400 })
      .filter((seconds) => Math.abs(seconds) >= 60);
    fc.assert(
      fc.property(instant, gap, (now, seconds) => {
        const when = new Date(now.getTime() + seconds * 1000);
        expect(timeAgo(when, now)).toBe(formatDistanceStrict(when, now, { addSuffix: true }));
      }),
    );
  });
});
