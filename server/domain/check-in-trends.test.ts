import { describe, expect, it } from "vitest";
import { addDays } from "./calendar-days";
import { directionsOf, trendOf, type Reading } from "./check-in-trends";

const today = "2026-05-20";
function reading(daysAgo: number, values: Partial<Reading> = {}): Reading {
  return { day: addDays(today, -daysAgo), safety: 5, trust: 5, connection: 5, ...values };
}

describe("check-in directions", () => {
  it("compares the last 7 readings with the 7 before, measure by measure", () => {
    const readings = [
      ...[13, 12, 11, 10, 9, 8, 7].map((d) => reading(d, { trust: 3, safety: 6, connection: 8 })),
      ...[6, 5, 4, 3, 2, 1, 0].map((d) => reading(d, { trust: 6, safety: 6.2, connection: 5 })),
    ];
    expect(directionsOf(readings)).toEqual({ trust: "rising", safety: "steady", connection: "falling" });
    expect(directionsOf([...readings].reverse())).toEqual(directionsOf(readings));
  });

  it("has no direction until there are 14 readings to compare", () => {
    const thirteen = Array.from({ length: 13 }, (_, d) => reading(d));
    expect(directionsOf(thirteen)).toEqual({ safety: null, trust: null, connection: null });
    expect(directionsOf([...thirteen, reading(40)])).toEqual({
      safety: "steady",
      trust: "steady",
      connection: "steady",
    });
  });

  it("reads a fortnight with skipped weeks exactly as one without: nothing marks a day that was missed", () => {
    const values = [2, 2, 3, 3, 3, 4, 4, 6, 6, 7, 7, 7, 8, 8];
    const everyDay = values.map((trust, i) => reading(13 - i, { trust }));
    // The same readings, spread over five weeks with a whole week empty among them.
    const withGaps = values.map((trust, i) => reading(34 - i * 2 - (i >= 7 ? 7 : 0), { trust }));
    expect(directionsOf(withGaps)).toEqual(directionsOf(everyDay));
    expect(directionsOf(withGaps).trust).toBe("rising");
  });

  it("reads only the newest 14 readings", () => {
    const fortnight = Array.from({ length: 14 }, (_, d) => reading(d));
    expect(directionsOf([...fortnight, reading(20, { trust: 0 }), reading(30, { trust: 10 })]).trust).toBe("steady");
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
