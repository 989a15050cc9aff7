import { describe, expect, it } from "vitest";
import { instantToLocal, isLocalDateTime, localDateOf, localToInstant, wallClockAt } from "./zoned-time";

describe("wall-clock times in a time zone", () => {
  it("reads a local time in a zone as the right instant", () => {
    expect(localToInstant("2026-11-28T19:00", "Europe/Oslo").toISOString()).toBe("2026-11-28T18:00:00.000Z");
    expect(localToInstant("2026-07-04T19:00", "America/New_York").toISOString()).toBe("2026-07-04T23:00:00.000Z");
    expect(localToInstant("2026-11-28T19:00", "UTC").toISOString()).toBe("2026-11-28T19:00:00.000Z");
    expect(localToInstant("2026-11-28T08:30", "Asia/Kolkata").toISOString()).toBe("2026-11-28T03:00:00.000Z");
  });

  it("round-trips an instant through a zone's clock", () => {
    const instant = new Date("2026-03-14T09:15:00Z");
    for (const zone of ["UTC", "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "Pacific/Chatham"]) {
      expect(localToInstant(instantToLocal(instant, zone), zone).toISOString()).toBe(instant.toISOString());
    }
  });

  it("takes the first of a repeated hour when the clocks go back", () => {
    // Europe/Berlin goes from 03:00 CEST back to 02:00 CET on 25 October 2026.
    expect(localToInstant("2026-10-25T02:30", "Europe/Berlin").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("moves a time skipped by the clocks going forward to just after the jump", () => {
    // Europe/Berlin jumps from 02:00 to 03:00 on 29 March 2026; 02:30 does not exist.
    const instant = localToInstant("2026-03-29T02:30", "Europe/Berlin");
    expect(instant.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(instantToLocal(instant, "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("gives the calendar date on the zone's clock", () => {
    const instant = new Date("2026-11-28T23:30:00Z");
    expect(localDateOf(instant, "UTC")).toBe("2026-11-28");
    expect(localDateOf(instant, "Asia/Tokyo")).toBe("2026-11-29");
    expect(localDateOf(instant, "America/New_York")).toBe("2026-11-28");
  });

  it("accepts only real local date-times", () => {
    expect(isLocalDateTime("2026-02-28T10:00")).toBe(true);
    expect(isLocalDateTime("2026-02-30T10:00")).toBe(false);
    expect(isLocalDateTime("2026-02-28T24:00")).toBe(false);
    expect(isLocalDateTime("2026-02-28 10:00")).toBe(false);
    expect(() => localToInstant("soon", "UTC")).toThrow(RangeError);
  });

  it("reads the same clock as Intl's own parts, weekday included, in every zone and era", () => {
    const instants = [
      "2026-03-29T00:59:59Z",
      "2026-03-29T01:00:00Z",
      "2026-10-25T00:30:00Z",
      "2026-11-28T23:30:00Z",
      "1900-01-01T00:00:00Z",
      "1500-06-15T12:00:00Z",
      "2999-12-31T23:59:59Z",
    ];
    for (const timeZone of [
      "UTC",
      "Europe/Berlin",
      "America/St_Johns",
      "Asia/Kathmandu",
      "Pacific/Chatham",
      "Pacific/Kiritimati",
      "Africa/Monrovia",
    ]) {
      const intl = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        weekday: "long",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
      for (const iso of instants) {
        const parts = Object.fromEntries(intl.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
        expect(wallClockAt(new Date(iso), timeZone)).toEqual({
          year: Number(parts.year),
          month: Number(parts.month),
          day: Number(parts.day),
          hour: Number(parts.hour),
          minute: Number(parts.minute),
          second: Number(parts.second),
          weekday: parts.weekday,
        });
      }
    }
  });
});
