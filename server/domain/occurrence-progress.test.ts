import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOffProblem, progressOf, progressOfCounted } from "./occurrence-progress";
import { countCheckOffsSinceEpoch } from "./streaks";
import { addDays, daysBetween } from "./calendar-days";
import type { Cadence } from "@/db/vocabulary";

describe("progressOf", () => {
  it("counts today as due but not yet kept for a daily habit, without breaking the streak", () => {
    const progress = progressOf({ kind: "daily" }, ["2026-03-01", "2026-03-02"], "2026-03-03", "2026-03-01");
    expect(progress).toMatchObject({ streak: 2, dueNow: true, keptNow: false, keptRate: { kept: 2, due: 2 } });
  });

  it("marks today kept once it is checked", () => {
    const progress = progressOf({ kind: "daily" }, ["2026-03-02", "2026-03-03"], "2026-03-03", "2026-03-01");
    expect(progress).toMatchObject({ streak: 2, keptNow: true, keptRate: { kept: 2, due: 3 } });
  });

  it("keeps this week's occurrence with any check-off since Monday", () => {
    // 2026-03-04 is a Wednesday; its week began Monday 2026-03-02.
    expect(progressOf({ kind: "weekly" }, ["2026-03-02"], "2026-03-04", "2026-01-01").keptNow).toBe(true);
    expect(progressOf({ kind: "weekly" }, ["2026-03-01"], "2026-03-04", "2026-01-01").keptNow).toBe(false);
  });

  it("has nothing due today on a day that isn't chosen", () => {
    // 2026-03-07 is a Saturday.
    const progress = progressOf({ kind: "weekdays", days: [1, 2, 3, 4, 5] }, [], "2026-03-07", "2026-03-01");
    expect(progress.dueNow).toBe(false);
    expect(progress.window.find((d) => d.day === "2026-03-06")?.counts).toBe(true);
    expect(progress.window.find((d) => d.day === "2026-03-07")?.counts).toBe(false);
  });

  it("shows a one-off as kept after its single check-off", () => {
    expect(progressOf({ kind: "once" }, ["2026-03-05"], "2026-03-07", "2026-03-01")).toMatchObject({
      keptNow: true,
      streak: 1,
    });
  });

  it("offers the seven days up to today, and none before the start", () => {
    const progress = progressOf({ kind: "daily" }, [], "2026-03-10", "2026-03-08");
    expect(progress.window.map((d) => d.day)).toEqual([
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
    expect(progress.window.filter((d) => d.counts).map((d) => d.day)).toEqual([
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
  });
});

describe("check-offs given as days since 1970-01-01 (as the dashboard's SQL hands them over)", () => {
  const sinceEpoch = (day: string) => daysBetween("1970-01-01", day);
  const cadences: Cadence[] = [
    { kind: "daily" },
    { kind: "weekly" },
    { kind: "once" },
    { kind: "weekdays", days: [1, 3, 5] },
  ];

  it("give the same progress as the same days written as dates", () => {
    const day = fc.integer({ min: -120, max: 10 }).map((n) => addDays("2026-03-10", n));
    fc.assert(
      fc.property(
        fc.constantFrom(...cadences),
        fc.array(day, { maxLength: 80 }),
        day,
        day,
        (cadence, days, today, startedOn) => {
          const counted = countCheckOffsSinceEpoch(days.map(sinceEpoch), today, startedOn);
          expect(progressOfCounted(cadence, counted, today, startedOn)).toEqual(
            progressOf(cadence, days, today, startedOn),
          );
        },
      ),
    );
  });

  it("refuses a number that is no calendar day", () => {
    for (const bad of [1.5, Number.NaN, 3_000_000, -800_000]) {
      expect(() => countCheckOffsSinceEpoch([bad], "2026-03-10", "2026-01-01")).toThrow(RangeError);
    }
  });
});

describe("checkOffProblem", () => {
  const daily = { kind: "daily" } as const;
  it.each([
    ["2026-03-11", "That day hasn't come yet."],
    ["2026-03-03", "Check-offs reach back a week at most."],
    ["2026-03-04", null],
    ["2026-03-10", null],
  ])("on 2026-03-10, checking off %s → %s", (day, problem) => {
    expect(checkOffProblem(daily, day, "2026-03-10", "2026-01-01")).toBe(problem);
  });

  it("refuses a day before the start and a day that isn't chosen", () => {
    expect(checkOffProblem(daily, "2026-03-08", "2026-03-10", "2026-03-09")).toBe("That day was before this began.");
    expect(checkOffProblem({ kind: "weekdays", days: [1] }, "2026-03-10", "2026-03-10", "2026-01-01")).toBe(
      "That isn't one of the chosen days.",
    );
  });
});
