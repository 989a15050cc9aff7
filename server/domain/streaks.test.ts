import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  canCheckOff,
  checkOffWindow,
  currentStreak,
  keptRate,
  streakMilestonesReached,
  type KeptRate,
} from "./streaks";
import { addDays, daysBetween, isLocalDate, isoWeekStart, weekdayOf, type LocalDate } from "./calendar-days";
import { dueDays, occurrenceFor } from "./occurrences";
import { localDateOf } from "./zoned-time";
import type { Cadence } from "@/db/vocabulary";

const daily: Cadence = { kind: "daily" };
const weekly: Cadence = { kind: "weekly" };
const once: Cadence = { kind: "once" };
const monWedFri: Cadence = { kind: "weekdays", days: [1, 3, 5] };
const tueThu: Cadence = { kind: "weekdays", days: [2, 4] };
const saturdays: Cadence = { kind: "weekdays", days: [6] };
const noWeekdays: Cadence = { kind: "weekdays", days: [] };

/** Every day from `from` to `to` inclusive, minus `except`. */
function days(from: LocalDate, to: LocalDate, except: LocalDate[] = []): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!except.includes(d)) out.push(d);
  return out;
}

// Wednesday 18 June 2025 is "today" unless a case says otherwise.
// ISO weeks around it start on Mon 26 May, 2 Jun, 9 Jun, 16 Jun.
const TODAY = "2025-06-18";

describe("calendar days are pure date arithmetic", () => {
  it.each([
    { rule: "adds a day across a month end", day: "2025-01-31", n: 1, expected: "2025-02-01" },
    { rule: "adds a day across a year end", day: "2024-12-31", n: 1, expected: "2025-01-01" },
    { rule: "lands on 29 February in a leap year", day: "2024-02-28", n: 1, expected: "2024-02-29" },
    { rule: "skips 29 February in a common year", day: "2025-02-28", n: 1, expected: "2025-03-01" },
    { rule: "subtracts days back into the previous year", day: "2025-01-03", n: -6, expected: "2024-12-28" },
    {
      rule: "steps over New York's spring-forward Sunday one day at a time",
      day: "2025-03-08",
      n: 1,
      expected: "2025-03-09",
    },
    { rule: "steps over Berlin's fall-back Sunday one day at a time", day: "2025-10-26", n: 1, expected: "2025-10-27" },
    { rule: "adds zero days to the same day", day: "2025-06-18", n: 0, expected: "2025-06-18" },
  ])("$rule", ({ day, n, expected }) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    { rule: "New York's spring-forward day is a Sunday", day: "2025-03-09", expected: 0 },
    { rule: "the Monday after it is a Monday", day: "2025-03-10", expected: 1 },
    { rule: "leap day 2024 is a Thursday", day: "2024-02-29", expected: 4 },
    { rule: "1 November 2025 is a Saturday", day: "2025-11-01", expected: 6 },
  ])("weekdayOf: $rule", ({ day, expected }) => {
    expect(weekdayOf(day)).toBe(expected);
  });

  it.each([
    {
      rule: "counts a 23-hour spring-forward day as one day in New York",
      a: "2025-03-08",
      b: "2025-03-10",
      expected: 2,
    },
    { rule: "counts a 25-hour fall-back day as one day in Berlin", a: "2025-10-25", b: "2025-10-27", expected: 2 },
    { rule: "is negative when b is earlier", a: "2025-03-10", b: "2025-03-08", expected: -2 },
    { rule: "counts across a year end and February", a: "2024-12-31", b: "2025-03-01", expected: 60 },
  ])("daysBetween $rule", ({ a, b, expected }) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    { rule: "a Wednesday belongs to the week of the Monday before", day: "2025-06-18", expected: "2025-06-16" },
    { rule: "a Sunday ends its week rather than starting one", day: "2025-06-15", expected: "2025-06-09" },
    { rule: "a Monday starts its own week", day: "2025-06-16", expected: "2025-06-16" },
    { rule: "New Year's Day 2025 belongs to the week of 30 December", day: "2025-01-01", expected: "2024-12-30" },
  ])("isoWeekStart: $rule", ({ day, expected }) => {
    expect(isoWeekStart(day)).toBe(expected);
  });

  it.each([
    { value: "2025-06-18", expected: true },
    { value: "2024-02-29", expected: true },
    { value: "2025-02-29", expected: false },
    { value: "2025-6-18", expected: false },
    { value: "2025-06-18T00:00:00Z", expected: false },
    { value: 20250618, expected: false },
  ])("isLocalDate($value) is $expected", ({ value, expected }) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => weekdayOf("18/06/2025")).toThrow(RangeError);
  });

  // The integer calendar arithmetic, checked against the platform's own calendar.
  const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  const anyDay = fc
    .date({ min: new Date("1600-01-01T00:00:00Z"), max: new Date("2400-12-31T00:00:00Z"), noInvalidDate: true })
    .map(isoDay);

  it("agrees with Date on adding days, weekdays and distances, across centuries", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40_000, max: 40_000 }), (day, n) => {
        const shifted = isoDay(new Date(asDate(day).getTime() + n * 86_400_000));
        expect(addDays(day, n)).toBe(shifted);
        expect(weekdayOf(day)).toBe(asDate(day).getUTCDay());
        expect(daysBetween(day, shifted)).toBe(n);
      }),
    );
  });

  it("agrees with Date on which written dates exist", () => {
    const written = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(written, (day) => {
        const parsed = new Date(`${day}T00:00:00Z`);
        expect(isLocalDate(day)).toBe(!Number.isNaN(parsed.getTime()) && isoDay(parsed) === day);
      }),
    );
  });
});

describe("localDateOf maps an instant to the day on the user's own clock", () => {
  it.each([
    // America/New_York: EST = UTC−5 (January), EDT = UTC−4 (July)
    {
      zone: "America/New_York",
      local: "23:30 on 15 Jan (EST)",
      instant: "2025-01-16T04:30:00Z",
      expected: "2025-01-15",
    },
    {
      zone: "America/New_York",
      local: "00:30 on 16 Jan (EST)",
      instant: "2025-01-16T05:30:00Z",
      expected: "2025-01-16",
    },
    {
      zone: "America/New_York",
      local: "23:30 on 15 Jul (EDT)",
      instant: "2025-07-16T03:30:00Z",
      expected: "2025-07-15",
    },
    {
      zone: "America/New_York",
      local: "00:30 on 16 Jul (EDT)",
      instant: "2025-07-16T04:30:00Z",
      expected: "2025-07-16",
    },
    // Europe/Berlin: CET = UTC+1, CEST = UTC+2
    { zone: "Europe/Berlin", local: "23:30 on 15 Jan (CET)", instant: "2025-01-15T22:30:00Z", expected: "2025-01-15" },
    { zone: "Europe/Berlin", local: "00:30 on 16 Jan (CET)", instant: "2025-01-15T23:30:00Z", expected: "2025-01-16" },
    { zone: "Europe/Berlin", local: "23:30 on 15 Jul (CEST)", instant: "2025-07-15T21:30:00Z", expected: "2025-07-15" },
    { zone: "Europe/Berlin", local: "00:30 on 16 Jul (CEST)", instant: "2025-07-15T22:30:00Z", expected: "2025-07-16" },
    // Asia/Kolkata: IST = UTC+5:30, no DST
    { zone: "Asia/Kolkata", local: "23:30 on 1 Jun (IST)", instant: "2025-06-01T18:00:00Z", expected: "2025-06-01" },
    { zone: "Asia/Kolkata", local: "00:30 on 2 Jun (IST)", instant: "2025-06-01T19:00:00Z", expected: "2025-06-02" },
    // Pacific/Auckland: NZDT = UTC+13 (January), NZST = UTC+12 (July)
    {
      zone: "Pacific/Auckland",
      local: "23:30 on 15 Jan (NZDT)",
      instant: "2025-01-15T10:30:00Z",
      expected: "2025-01-15",
    },
    {
      zone: "Pacific/Auckland",
      local: "00:30 on 16 Jan (NZDT)",
      instant: "2025-01-15T11:30:00Z",
      expected: "2025-01-16",
    },
    {
      zone: "Pacific/Auckland",
      local: "23:30 on 15 Jul (NZST)",
      instant: "2025-07-15T11:30:00Z",
      expected: "2025-07-15",
    },
    {
      zone: "Pacific/Auckland",
      local: "00:30 on 16 Jul (NZST)",
      instant: "2025-07-15T12:30:00Z",
      expected: "2025-07-16",
    },
    // Australia/Lord_Howe: UTC+11 in summer, UTC+10:30 in winter (a half-hour DST shift)
    {
      zone: "Australia/Lord_Howe",
      local: "23:30 on 15 Jan (+11)",
      instant: "2025-01-15T12:30:00Z",
      expected: "2025-01-15",
    },
    {
      zone: "Australia/Lord_Howe",
      local: "00:30 on 16 Jan (+11)",
      instant: "2025-01-15T13:30:00Z",
      expected: "2025-01-16",
    },
    {
      zone: "Australia/Lord_Howe",
      local: "23:30 on 15 Jul (+10:30)",
      instant: "2025-07-15T13:00:00Z",
      expected: "2025-07-15",
    },
    {
      zone: "Australia/Lord_Howe",
      local: "00:30 on 16 Jul (+10:30)",
      instant: "2025-07-15T14:00:00Z",
      expected: "2025-07-16",
    },
    // DST nights themselves
    {
      zone: "America/New_York",
      local: "00:30 on spring-forward Sunday, before the jump",
      instant: "2025-03-09T05:30:00Z",
      expected: "2025-03-09",
    },
    {
      zone: "America/New_York",
      local: "23:30 on spring-forward Sunday, after the jump",
      instant: "2025-03-10T03:30:00Z",
      expected: "2025-03-09",
    },
    {
      zone: "America/New_York",
      local: "the first 01:30 (EDT) on fall-back Sunday",
      instant: "2025-11-02T05:30:00Z",
      expected: "2025-11-02",
    },
    {
      zone: "America/New_York",
      local: "the second 01:30 (EST) on fall-back Sunday",
      instant: "2025-11-02T06:30:00Z",
      expected: "2025-11-02",
    },
    {
      zone: "Europe/Berlin",
      local: "00:30 on fall-back Sunday (CEST)",
      instant: "2025-10-25T22:30:00Z",
      expected: "2025-10-26",
    },
    {
      zone: "Europe/Berlin",
      local: "23:30 on fall-back Sunday (CET)",
      instant: "2025-10-26T22:30:00Z",
      expected: "2025-10-26",
    },
  ])("$zone: $local is $expected", ({ zone, instant, expected }) => {
    expect(localDateOf(new Date(instant), zone)).toBe(expected);
  });

  it("gives partners in Auckland and New York different days for the same instant", () => {
    const instant = new Date("2025-01-15T11:30:00Z");
    expect(localDateOf(instant, "Pacific/Auckland")).toBe("2025-01-16");
    expect(localDateOf(instant, "America/New_York")).toBe("2025-01-15");
    expect(localDateOf(instant, "UTC")).toBe("2025-01-15");
  });

  it("rejects an unknown time zone and an invalid Date", () => {
    expect(() => localDateOf(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => localDateOf(new Date("not a date"), "UTC")).toThrow(RangeError);
  });
});

describe("check-offs recorded at instants across DST nights neither create nor lose a day", () => {
  it.each([
    {
      rule: "keeps a daily streak across the spring-forward night in America/New_York (23:30 each night)",
      zone: "America/New_York",
      // 23:30 on 7, 8 (EST) and 9, 10 (EDT) March
      instants: ["2025-03-08T04:30:00Z", "2025-03-09T04:30:00Z", "2025-03-10T03:30:00Z", "2025-03-11T03:30:00Z"],
      today: "2025-03-10",
      expectedDays: ["2025-03-07", "2025-03-08", "2025-03-09", "2025-03-10"],
      expectedStreak: 4,
    },
    {
      rule: "keeps a daily streak across the spring-forward night in America/New_York (00:30 each night)",
      zone: "America/New_York",
      // 00:30 on 8, 9 (EST, before the 02:00 jump) and 10, 11 (EDT) March
      instants: ["2025-03-08T05:30:00Z", "2025-03-09T05:30:00Z", "2025-03-10T04:30:00Z", "2025-03-11T04:30:00Z"],
      today: "2025-03-11",
      expectedDays: ["2025-03-08", "2025-03-09", "2025-03-10", "2025-03-11"],
      expectedStreak: 4,
    },
    {
      rule: "keeps a daily streak across the fall-back night in America/New_York",
      zone: "America/New_York",
      // 23:30 on 31 Oct, 1 Nov (EDT) and 2, 3 Nov (EST)
      instants: ["2025-11-01T03:30:00Z", "2025-11-02T03:30:00Z", "2025-11-03T04:30:00Z", "2025-11-04T04:30:00Z"],
      today: "2025-11-03",
      expectedDays: ["2025-10-31", "2025-11-01", "2025-11-02", "2025-11-03"],
      expectedStreak: 4,
    },
    {
      rule: "keeps a daily streak across the spring-forward night in Europe/Berlin",
      zone: "Europe/Berlin",
      // 23:30 on 28, 29 (CET) and 30, 31 (CEST) March
      instants: ["2025-03-28T22:30:00Z", "2025-03-29T22:30:00Z", "2025-03-30T21:30:00Z", "2025-03-31T21:30:00Z"],
      today: "2025-03-31",
      expectedDays: ["2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31"],
      expectedStreak: 4,
    },
    {
      rule: "keeps a daily streak across the fall-back night in Europe/Berlin (00:30 each night)",
      zone: "Europe/Berlin",
      // 00:30 on 25, 26 (CEST) and 27, 28 (CET) October
      instants: ["2025-10-24T22:30:00Z", "2025-10-25T22:30:00Z", "2025-10-26T23:30:00Z", "2025-10-27T23:30:00Z"],
      today: "2025-10-28",
      expectedDays: ["2025-10-25", "2025-10-26", "2025-10-27", "2025-10-28"],
      expectedStreak: 4,
    },
    {
      rule: "counts both 01:30s of the repeated fall-back hour in New York as one day",
      zone: "America/New_York",
      // 23:30 on 1 Nov (EDT), then 01:30 EDT and 01:30 EST on 2 Nov
      instants: ["2025-11-02T03:30:00Z", "2025-11-02T05:30:00Z", "2025-11-02T06:30:00Z"],
      today: "2025-11-02",
      expectedDays: ["2025-11-01", "2025-11-02", "2025-11-02"],
      expectedStreak: 2,
    },
    {
      rule: "does not treat 'every 24 hours at 22:30 UTC' as every day across Berlin's fall-back night",
      zone: "Europe/Berlin",
      // 00:30 on 25 and 26 Oct (CEST), then 23:30 on 26 Oct (CET): two land on the 26th
      instants: ["2025-10-24T22:30:00Z", "2025-10-25T22:30:00Z", "2025-10-26T22:30:00Z"],
      today: "2025-10-27",
      expectedDays: ["2025-10-25", "2025-10-26", "2025-10-26"],
      expectedStreak: 2,
    },
    {
      rule: "breaks the streak when 24 hours after 23:30 on the eve of New York's spring-forward is already 00:30 two days on",
      zone: "America/New_York",
      // 23:30 on 8 Mar (EST), then 24 h later = 00:30 on 10 Mar (EDT); 9 Mar was missed
      instants: ["2025-03-09T04:30:00Z", "2025-03-10T04:30:00Z"],
      today: "2025-03-10",
      expectedDays: ["2025-03-08", "2025-03-10"],
      expectedStreak: 1,
    },
  ])("$rule", ({ zone, instants, today, expectedDays, expectedStreak }) => {
    const checked = instants.map((iso) => localDateOf(new Date(iso), zone));
    expect(checked).toEqual(expectedDays);
    expect(currentStreak(daily, checked, today, "2025-01-01")).toBe(expectedStreak);
  });
});

describe("a user whose time zone differs from the server's", () => {
  const originalTz = process.env.TZ;

  describe.each([
    { server: "Pacific/Kiritimati" }, // UTC+14
    { server: "Pacific/Pago_Pago" }, // UTC−11
    { server: "America/Sao_Paulo" }, // had DST starting at midnight (2018-11-04 00:00 → 01:00)
    { server: "UTC" },
  ])("on a server running in $server", ({ server }) => {
    beforeAll(() => {
      process.env.TZ = server;
    });
    afterAll(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it("uses the user's zone, not the server's, for today, arithmetic and the streak", () => {
      // A Los Angeles user checks off at 21:00 PDT on 16, 17 and 18 June (04:00Z the next day).
      const instants = ["2025-06-17T04:00:00Z", "2025-06-18T04:00:00Z", "2025-06-19T04:00:00Z"];
      const checked = instants.map((iso) => localDateOf(new Date(iso), "America/Los_Angeles"));
      expect(checked).toEqual(["2025-06-16", "2025-06-17", "2025-06-18"]);

      const today = localDateOf(new Date("2025-06-19T05:00:00Z"), "America/Los_Angeles");
      expect(today).toBe("2025-06-18");
      expect(currentStreak(daily, checked, today, "2025-06-01")).toBe(3);

      // Midnight-DST history in São Paulo must not disturb pure date arithmetic.
      expect(addDays("2018-11-03", 1)).toBe("2018-11-04");
      expect(addDays("2018-11-04", 1)).toBe("2018-11-05");
      expect(weekdayOf("2018-11-04")).toBe(0);
      expect(daysBetween("2018-11-03", "2018-11-05")).toBe(2);
    });
  });
});

describe("dueDays lists the occurrences in a range", () => {
  it.each([
    {
      rule: "daily: every day of the range",
      cadence: daily,
      from: "2025-06-16",
      to: "2025-06-18",
      startedOn: "2025-01-01",
      expected: ["2025-06-16", "2025-06-17", "2025-06-18"],
    },
    {
      rule: "daily: nothing before startedOn",
      cadence: daily,
      from: "2025-06-16",
      to: "2025-06-18",
      startedOn: "2025-06-17",
      expected: ["2025-06-17", "2025-06-18"],
    },
    {
      rule: "daily: three days across New York's spring-forward weekend",
      cadence: daily,
      from: "2025-03-08",
      to: "2025-03-10",
      startedOn: "2025-01-01",
      expected: ["2025-03-08", "2025-03-09", "2025-03-10"],
    },
    {
      rule: "weekdays: only Mondays, Wednesdays and Fridays",
      cadence: monWedFri,
      from: "2025-06-09",
      to: "2025-06-18",
      startedOn: "2025-01-01",
      expected: ["2025-06-09", "2025-06-11", "2025-06-13", "2025-06-16", "2025-06-18"],
    },
    {
      rule: "weekly: one Monday per ISO week touching the range",
      cadence: weekly,
      from: "2025-06-04",
      to: "2025-06-18",
      startedOn: "2025-01-01",
      expected: ["2025-06-02", "2025-06-09", "2025-06-16"],
    },
    {
      rule: "weekly: a single Wednesday is due through its week's Monday",
      cadence: weekly,
      from: "2025-06-18",
      to: "2025-06-18",
      startedOn: "2025-01-01",
      expected: ["2025-06-16"],
    },
    {
      rule: "weekly: started on a Thursday, that week is the first occurrence",
      cadence: weekly,
      from: "2025-05-20",
      to: "2025-06-18",
      startedOn: "2025-06-05",
      expected: ["2025-06-02", "2025-06-09", "2025-06-16"],
    },
    {
      rule: "weekly: weeks across a year end",
      cadence: weekly,
      from: "2024-12-28",
      to: "2025-01-07",
      startedOn: "2024-01-01",
      expected: ["2024-12-23", "2024-12-30", "2025-01-06"],
    },
    {
      rule: "once: the single occurrence on startedOn",
      cadence: once,
      from: "2025-06-01",
      to: "2025-06-18",
      startedOn: "2025-06-05",
      expected: ["2025-06-05"],
    },
    {
      rule: "once: nothing before it started",
      cadence: once,
      from: "2025-06-01",
      to: "2025-06-04",
      startedOn: "2025-06-05",
      expected: [],
    },
    {
      rule: "nothing when the range ends before startedOn",
      cadence: daily,
      from: "2025-06-01",
      to: "2025-06-04",
      startedOn: "2025-06-05",
      expected: [],
    },
  ])("$rule", ({ cadence, from, to, startedOn, expected }) => {
    expect(dueDays(cadence, from, to, startedOn)).toEqual(expected);
  });

  it.each([
    {
      rule: "a weekly check-off on Sunday keeps the week that began the Monday before",
      cadence: weekly,
      day: "2025-06-15",
      expected: "2025-06-09",
    },
    {
      rule: "a check-off on a non-chosen weekday keeps nothing",
      cadence: monWedFri,
      day: "2025-06-17",
      expected: null,
    },
    { rule: "a check-off before startedOn keeps nothing", cadence: daily, day: "2025-05-31", expected: null },
  ])("occurrenceFor: $rule", ({ cadence, day, expected }) => {
    expect(occurrenceFor(cadence, day, "2025-06-01")).toBe(expected);
  });

  it("rejects a weekday outside 0–6", () => {
    expect(() => dueDays({ kind: "weekdays", days: [7] }, "2025-06-01", "2025-06-18", "2025-06-01")).toThrow(
      RangeError,
    );
  });
});

describe("check-off window: today and the 6 days before", () => {
  it.each([
    { rule: "mid-month", today: "2025-06-18", from: "2025-06-12" },
    { rule: "reaching back into the previous year", today: "2025-01-03", from: "2024-12-28" },
    { rule: "across Berlin's spring-forward night, still 7 days", today: "2025-03-31", from: "2025-03-25" },
  ])("checkOffWindow $rule", ({ today, from }) => {
    const window = checkOffWindow(today);
    expect(window.from).toBe(from);
    expect(window.to).toBe(today);
    expect(window.days).toHaveLength(7);
    expect(window.days[0]).toBe(from);
    expect(window.days[6]).toBe(today);
  });

  it.each([
    { rule: "today may be checked off", day: "2025-06-18", today: "2025-06-18", expected: true },
    { rule: "yesterday may be checked off", day: "2025-06-17", today: "2025-06-18", expected: true },
    { rule: "six days ago may be checked off", day: "2025-06-12", today: "2025-06-18", expected: true },
    { rule: "seven days ago may not", day: "2025-06-11", today: "2025-06-18", expected: false },
    { rule: "tomorrow may not", day: "2025-06-19", today: "2025-06-18", expected: false },
    { rule: "six days back across a year end may", day: "2024-12-28", today: "2025-01-03", expected: true },
    { rule: "seven days back across a year end may not", day: "2024-12-27", today: "2025-01-03", expected: false },
  ])("canCheckOff: $rule", ({ day, today, expected }) => {
    expect(canCheckOff(day, today)).toBe(expected);
  });
});

describe("currentStreak", () => {
  it.each([
    // daily
    {
      rule: "daily: seven days in a row including today is 7",
      cadence: daily,
      checked: days("2025-06-12", "2025-06-18"),
      startedOn: "2025-06-01",
      expected: 7,
    },
    {
      rule: "daily: today unchecked doesn't break it (the day isn't over)",
      cadence: daily,
      checked: days("2025-06-12", "2025-06-17"),
      startedOn: "2025-06-01",
      expected: 6,
    },
    {
      rule: "daily: a gap breaks it",
      cadence: daily,
      checked: days("2025-06-10", "2025-06-18", ["2025-06-15"]),
      startedOn: "2025-06-01",
      expected: 3,
    },
    {
      rule: "daily: yesterday missed, today done starts again at 1",
      cadence: daily,
      checked: ["2025-06-18", "2025-06-16", "2025-06-15"],
      startedOn: "2025-06-01",
      expected: 1,
    },
    {
      rule: "daily: yesterday missed and today not yet done is 0",
      cadence: daily,
      checked: ["2025-06-16", "2025-06-15"],
      startedOn: "2025-06-01",
      expected: 0,
    },
    {
      rule: "daily: duplicate check-offs of a day count once",
      cadence: daily,
      checked: ["2025-06-17", "2025-06-17", "2025-06-16", "2025-06-16"],
      startedOn: "2025-06-01",
      expected: 2,
    },
    {
      rule: "daily: order of check-offs does not matter",
      cadence: daily,
      checked: ["2025-06-16", "2025-06-18", "2025-06-17"],
      startedOn: "2025-06-01",
      expected: 3,
    },
    {
      rule: "daily: check-offs before startedOn are ignored",
      cadence: daily,
      checked: days("2025-06-10", "2025-06-18"),
      startedOn: "2025-06-15",
      expected: 4,
    },
    {
      rule: "daily: a check-off dated after today is ignored",
      cadence: daily,
      checked: ["2025-06-19", "2025-06-17"],
      startedOn: "2025-06-01",
      expected: 1,
    },
    { rule: "daily: started today and not yet done is 0", cadence: daily, checked: [], startedOn: TODAY, expected: 0 },
    { rule: "daily: started today and done is 1", cadence: daily, checked: [TODAY], startedOn: TODAY, expected: 1 },
    { rule: "daily: not started yet is 0", cadence: daily, checked: [], startedOn: "2025-06-19", expected: 0 },
    {
      rule: "daily: a hundred days in a row is 100",
      cadence: daily,
      checked: days("2025-03-11", "2025-06-18"),
      startedOn: "2025-01-01",
      expected: 100,
    },
    // weekly (ISO weeks, Monday start)
    {
      rule: "weekly: three weeks kept, on any day of each week, is 3",
      cadence: weekly,
      checked: ["2025-06-04", "2025-06-14", "2025-06-17"],
      startedOn: "2025-05-01",
      expected: 3,
    },
    {
      rule: "weekly: this week not yet done doesn't break it",
      cadence: weekly,
      checked: ["2025-06-04", "2025-06-14"],
      startedOn: "2025-05-01",
      expected: 2,
    },
    {
      rule: "weekly: last week missed breaks it",
      cadence: weekly,
      checked: ["2025-06-04", "2025-06-17"],
      startedOn: "2025-05-01",
      expected: 1,
    },
    {
      rule: "weekly: Sunday check-offs keep the week that began the Monday before",
      cadence: weekly,
      checked: ["2025-06-15", "2025-06-08"],
      startedOn: "2025-05-01",
      expected: 2,
    },
    {
      rule: "weekly: Monday and Sunday of one week count as one week",
      cadence: weekly,
      checked: ["2025-06-09", "2025-06-15"],
      startedOn: "2025-05-01",
      expected: 1,
    },
    {
      rule: "weekly: started on a Thursday, that first week counts",
      cadence: weekly,
      checked: ["2025-06-07", "2025-06-10"],
      startedOn: "2025-06-05",
      expected: 2,
    },
    {
      rule: "weekly: a check-off earlier in the first week than startedOn is ignored",
      cadence: weekly,
      checked: ["2025-06-03", "2025-06-10"],
      startedOn: "2025-06-05",
      expected: 1,
    },
    // chosen weekdays
    {
      rule: "Mon/Wed/Fri: weekends and other days are skipped, not missed",
      cadence: monWedFri,
      checked: ["2025-06-18", "2025-06-16", "2025-06-13", "2025-06-11", "2025-06-09"],
      startedOn: "2025-06-01",
      expected: 5,
    },
    {
      rule: "Mon/Wed/Fri: today (Wednesday) unchecked doesn't break it",
      cadence: monWedFri,
      checked: ["2025-06-16", "2025-06-13", "2025-06-11"],
      startedOn: "2025-06-01",
      expected: 3,
    },
    {
      rule: "Mon/Wed/Fri: a missed Friday breaks it",
      cadence: monWedFri,
      checked: ["2025-06-18", "2025-06-16", "2025-06-11", "2025-06-09"],
      startedOn: "2025-06-01",
      expected: 2,
    },
    {
      rule: "Mon/Wed/Fri: a check-off on Tuesday does not stand in for Friday",
      cadence: monWedFri,
      checked: ["2025-06-17", "2025-06-16"],
      startedOn: "2025-06-01",
      expected: 1,
    },
    {
      rule: "Tue/Thu: on a Wednesday, a missed Tuesday is already broken",
      cadence: tueThu,
      checked: ["2025-06-12", "2025-06-10"],
      startedOn: "2025-06-01",
      expected: 0,
    },
    {
      rule: "Tue/Thu: on a Wednesday, counts back from Tuesday",
      cadence: tueThu,
      checked: ["2025-06-17", "2025-06-12", "2025-06-10"],
      startedOn: "2025-06-01",
      expected: 3,
    },
    {
      rule: "Saturdays only: two Saturdays in a row is 2",
      cadence: saturdays,
      checked: ["2025-06-14", "2025-06-07"],
      startedOn: "2025-06-01",
      expected: 2,
    },
    {
      rule: "no chosen weekdays: nothing is ever due, so 0",
      cadence: noWeekdays,
      checked: ["2025-06-18"],
      startedOn: "2025-06-01",
      expected: 0,
    },
    // once
    { rule: "once: done is 1", cadence: once, checked: ["2025-06-10"], startedOn: "2025-06-01", expected: 1 },
    {
      rule: "once: done twice is still 1",
      cadence: once,
      checked: ["2025-06-10", "2025-06-12"],
      startedOn: "2025-06-01",
      expected: 1,
    },
    { rule: "once: not done is 0", cadence: once, checked: [], startedOn: "2025-06-01", expected: 0 },
    {
      rule: "once: done only before it started is 0",
      cadence: once,
      checked: ["2025-05-20"],
      startedOn: "2025-06-01",
      expected: 0,
    },
  ])("$rule", ({ cadence, checked, startedOn, expected }) => {
    expect(currentStreak(cadence, checked, TODAY, startedOn)).toBe(expected);
  });
});

describe("keptRate over the last 30 days (20 May – 18 June)", () => {
  it.each<{
    rule: string;
    cadence: Cadence;
    checked: LocalDate[];
    startedOn: LocalDate;
    windowDays?: number;
    expected: KeptRate;
  }>([
    {
      rule: "daily: every day since starting is 18 of 18",
      cadence: daily,
      checked: days("2025-06-01", "2025-06-18"),
      startedOn: "2025-06-01",
      expected: { kept: 18, due: 18, rate: 1 },
    },
    {
      rule: "daily: an unchecked today is left out",
      cadence: daily,
      checked: days("2025-06-01", "2025-06-17"),
      startedOn: "2025-06-01",
      expected: { kept: 17, due: 17, rate: 1 },
    },
    {
      rule: "daily: half of a full window is 15 of 30",
      cadence: daily,
      checked: days("2025-06-04", "2025-06-18"),
      startedOn: "2025-01-01",
      expected: { kept: 15, due: 30, rate: 0.5 },
    },
    {
      rule: "daily: with today unchecked, 15 of 29",
      cadence: daily,
      checked: days("2025-06-03", "2025-06-17"),
      startedOn: "2025-01-01",
      expected: { kept: 15, due: 29, rate: 15 / 29 },
    },
    {
      rule: "daily: check-offs before the window don't count",
      cadence: daily,
      checked: days("2025-05-01", "2025-05-19"),
      startedOn: "2025-01-01",
      expected: { kept: 0, due: 29, rate: 0 },
    },
    {
      rule: "daily: duplicate check-offs count once",
      cadence: daily,
      checked: ["2025-06-16", "2025-06-16", "2025-06-17", "2025-06-18", "2025-06-18"],
      startedOn: "2025-06-16",
      expected: { kept: 3, due: 3, rate: 1 },
    },
    {
      rule: "daily: started today and not yet done has nothing due",
      cadence: daily,
      checked: [],
      startedOn: TODAY,
      expected: { kept: 0, due: 0, rate: null },
    },
    {
      rule: "daily: not started yet has nothing due",
      cadence: daily,
      checked: [],
      startedOn: "2025-06-19",
      expected: { kept: 0, due: 0, rate: null },
    },
    {
      rule: "daily: a 7-day window counts 6 of 7",
      cadence: daily,
      checked: days("2025-06-12", "2025-06-18", ["2025-06-14"]),
      startedOn: "2025-01-01",
      windowDays: 7,
      expected: { kept: 6, due: 7, rate: 6 / 7 },
    },
    {
      rule: "Mon/Wed/Fri: 5 of 7 past occurrences, today pending",
      cadence: monWedFri,
      checked: ["2025-06-02", "2025-06-04", "2025-06-06", "2025-06-09", "2025-06-11"],
      startedOn: "2025-06-01",
      expected: { kept: 5, due: 7, rate: 5 / 7 },
    },
    {
      rule: "weekly: 3 of 4 finished weeks, this week pending",
      cadence: weekly,
      checked: ["2025-05-21", "2025-06-04", "2025-06-12"],
      startedOn: "2025-01-01",
      expected: { kept: 3, due: 4, rate: 0.75 },
    },
    {
      rule: "weekly: a week straddling the window start is kept by a check-off just before it",
      cadence: weekly,
      checked: ["2025-05-19", "2025-06-17"],
      startedOn: "2025-01-01",
      expected: { kept: 2, due: 5, rate: 0.4 },
    },
    {
      rule: "once: done within the window is 1 of 1",
      cadence: once,
      checked: ["2025-06-10"],
      startedOn: "2025-05-01",
      expected: { kept: 1, due: 1, rate: 1 },
    },
    {
      rule: "once: done before the window has nothing due",
      cadence: once,
      checked: ["2025-05-02"],
      startedOn: "2025-05-01",
      expected: { kept: 0, due: 0, rate: null },
    },
    {
      rule: "once: not yet done has nothing due",
      cadence: once,
      checked: [],
      startedOn: "2025-05-01",
      expected: { kept: 0, due: 0, rate: null },
    },
  ])("$rule", ({ cadence, checked, startedOn, windowDays, expected }) => {
    const result = keptRate(cadence, checked, TODAY, startedOn, windowDays);
    expect(result.kept).toBe(expected.kept);
    expect(result.due).toBe(expected.due);
    if (expected.rate === null) expect(result.rate).toBeNull();
    else expect(result.rate).toBeCloseTo(expected.rate, 10);
  });

  it("rejects a window that is not a positive whole number of days", () => {
    expect(() => keptRate(daily, [], TODAY, "2025-06-01", 0)).toThrow(RangeError);
    expect(() => keptRate(daily, [], TODAY, "2025-06-01", 1.5)).toThrow(RangeError);
  });
});

describe("streakMilestonesReached (7, 30, 100)", () => {
  it.each([
    { rule: "reaching 7 crosses 7", previous: 6, current: 7, expected: [7] },
    { rule: "starting from nothing up to 7 crosses 7", previous: 0, current: 7, expected: [7] },
    { rule: "going beyond 7 again crosses nothing", previous: 7, current: 8, expected: [] },
    { rule: "a jump from 6 to 30 crosses 7 and 30", previous: 6, current: 30, expected: [7, 30] },
    { rule: "a jump from 29 to 31 crosses 30", previous: 29, current: 31, expected: [30] },
    { rule: "reaching 100 crosses 100", previous: 99, current: 100, expected: [100] },
    { rule: "a jump from 0 to 100 crosses all three", previous: 0, current: 100, expected: [7, 30, 100] },
    { rule: "past 100 there is nothing more to cross", previous: 100, current: 150, expected: [] },
    { rule: "a broken streak crosses nothing", previous: 8, current: 3, expected: [] },
    { rule: "an unchanged streak crosses nothing", previous: 5, current: 5, expected: [] },
  ])("$rule", ({ previous, current, expected }) => {
    expect(streakMilestonesReached(previous, current)).toEqual(expected);
  });
});
