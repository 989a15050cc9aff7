import { describe, expect, it } from "vitest";
import { isRevealed, maySeeDetails, roughTimeOfDay, surpriseHeadline, surpriseMoment } from "./surprise";

describe("what a surprised partner may know", () => {
  it("names the rough time of day in hours people would recognise", () => {
    expect([4, 5, 11, 12, 16, 17, 20, 21, 23, 0].map(roughTimeOfDay)).toEqual([
      "night",
      "morning",
      "morning",
      "afternoon",
      "afternoon",
      "evening",
      "evening",
      "night",
      "night",
      "night",
    ]);
  });

  it("computes the day and time of day on the surprised partner's own clock", () => {
    // 18:00 UTC on Saturday 28 November 2026.
    const startsAt = new Date("2026-11-28T18:00:00Z");
    expect(surpriseMoment(startsAt, "Europe/London")).toEqual({
      day: "2026-11-28",
      weekday: "Saturday",
      timeOfDay: "evening",
    });
    expect(surpriseMoment(startsAt, "Asia/Tokyo")).toEqual({
      day: "2026-11-29",
      weekday: "Sunday",
      timeOfDay: "night",
    });
    expect(surpriseMoment(startsAt, "America/Los_Angeles")).toEqual({
      day: "2026-11-28",
      weekday: "Saturday",
      timeOfDay: "morning",
    });
  });

  it("says it in one plain line", () => {
    expect(surpriseHeadline({ day: "2026-11-28", weekday: "Saturday", timeOfDay: "evening" })).toBe(
      "A surprise on Saturday evening",
    );
  });

  it("reveals at the reveal time, or once the date is kept, and never for a cancelled one before its time", () => {
    const revealAt = new Date("2026-11-28T12:00:00Z");
    const before = new Date("2026-11-28T11:59:59Z");
    expect(isRevealed({ isSurprise: true, revealAt, status: "planned" }, before)).toBe(false);
    expect(isRevealed({ isSurprise: true, revealAt, status: "planned" }, revealAt)).toBe(true);
    expect(isRevealed({ isSurprise: true, revealAt, status: "done" }, before)).toBe(true);
    expect(isRevealed({ isSurprise: true, revealAt, status: "cancelled" }, before)).toBe(false);
    expect(isRevealed({ isSurprise: false, revealAt: null, status: "planned" }, before)).toBe(true);
  });

  it("always shows the planner their own surprise", () => {
    const plan = {
      isSurprise: true,
      revealAt: new Date("2026-11-28T12:00:00Z"),
      status: "planned" as const,
      createdBy: "planner",
    };
    const now = new Date("2026-11-01T00:00:00Z");
    expect(maySeeDetails(plan, "planner", now)).toBe(true);
    expect(maySeeDetails(plan, "partner", now)).toBe(false);
  });
});
