import { describe, expect, it } from "vitest";
import { startsInThePast } from "./past-plan";

const now = new Date("2026-11-28T18:30:00Z");

describe("a new plan that starts in the past", () => {
  it("is noticed on the plan's own clock", () => {
    expect(startsInThePast("2026-11-17T19:00", "Europe/London", now)).toBe(true);
    // 19:00 in Oslo is 18:00 UTC: gone by. In London it is still ahead.
    expect(startsInThePast("2026-11-28T19:00", "Europe/Oslo", now)).toBe(true);
    expect(startsInThePast("2026-11-28T19:00", "Europe/London", now)).toBe(false);
  });

  it("leaves an empty start or an unknown zone to the form's own checks", () => {
    expect(startsInThePast("", "Europe/London", now)).toBe(false);
    expect(startsInThePast("2020-01-01T10:00", "Not/AZone", now)).toBe(false);
  });
});
