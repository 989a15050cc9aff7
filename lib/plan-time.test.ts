import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatClock, formatPlanTime, formatRange } from "./plan-time";

// These replaced Intl's en-GB words, which the server and every browser must write alike.
const zones = ["UTC", "Europe/Oslo", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Sydney"];
const instant = fc.date({
  min: new Date("1971-01-01T00:00:00Z"),
  max: new Date("2099-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const intl = (timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
const planTime = { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" } as const;

describe("a plan's time in words", () => {
  it("writes a plan's start and a clock time as Intl's en-GB does, in every zone", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (when, zone) => {
        expect(formatPlanTime(when, zone)).toBe(intl(zone, planTime).format(when));
        expect(formatClock(when, zone)).toBe(intl(zone, { hour: "2-digit", minute: "2-digit" }).format(when));
      }),
    );
  });

  it("gives the end's day only when the plan ends on another day of its own clock", () => {
    expect(formatRange(new Date("2026-11-28T18:00:00Z"), new Date("2026-11-28T21:00:00Z"), "Europe/Oslo")).toBe(
      "Saturday 28 November at 19:00 – 22:00",
    );
    expect(formatRange(new Date("2026-11-28T18:00:00Z"), new Date("2026-11-28T23:30:00Z"), "Europe/Oslo")).toBe(
      "Saturday 28 November at 19:00 – Sunday 29 November at 00:30",
    );
    expect(formatRange(new Date("2026-11-28T18:00:00Z"), new Date("2026-11-28T23:30:00Z"), "UTC")).toBe(
      "Saturday 28 November at 18:00 – 23:30",
    );
  });
});
