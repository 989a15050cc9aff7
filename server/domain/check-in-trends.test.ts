import { describe, expect, it } from "vitest";
import { addDays } from "./streaks";
import { directionsOf, trendOf, type Reading } from "./check-in-trends";

const today = "2026-05-20";
function reading(daysAgo: number, values: Partial<Reading> = {}): Reading {
  return { day: addDays(today, -daysAgo), safety: 5, trust: 5, connection: 5, ...values };
}

describe("check-in directions", () => {
  it("compares the last 7 days with the 7 before, measure by measure", () => {
    const readings = [
      ...[13, 12, 11, 10, 9, 8, 7].map((d) => reading(d, { trust: 3, safety: 6, connection: 8 })),
      ...[6, 5, 4, 3, 2, 1, 0].map((d) => reading(d, { trust: 6, safety: 6.2, connection: 5 })),
    ];
    expect(directionsOf(readings, today)).toEqual({ trust: "rising", safety: "steady", connection: "falling" });
  });

  it("has no direction until both weeks have a reading", () => {
    expect(directionsOf([reading(0), reading(3)], today)).toEqual({ safety: null, trust: null, connection: null });
    expect(directionsOf([reading(0), reading(13)], today)).toEqual({
      safety: "steady",
      trust: "steady",
      connection: "steady",
    });
  });

  it("ignores readings older than two weeks", () => {
    expect(directionsOf([reading(0), reading(14, { trust: 0 })], today).trust).toBeNull();
  });
});

describe("a measure's trend", () => {
  it("gives every day its own value and the mean of the week ending that day", () => {
    const points = trendOf(
      [reading(9, { trust: 2 }), reading(3, { trust: 4 }), reading(2, { trust: 9 })],
      "trust",
      addDays(today, -3),
      today,
    );
    expect(points).toEqual([
      { day: addDays(today, -3), value: 4, average: 3 },
      { day: addDays(today, -2), value: 9, average: 6.5 },
      { day: addDays(today, -1), value: null, average: 6.5 },
      { day: today, value: null, average: 6.5 },
    ]);
  });

  it("has no average for a week without readings", () => {
    expect(trendOf([], "safety", today, today)).toEqual([{ day: today, value: null, average: null }]);
  });
});
