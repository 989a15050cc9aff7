import { describe, expect, it } from "vitest";
import { RECENT_MS, RecentChanges } from "./recent-changes";
import { EVERYTHING } from "./topics";

describe("recent live changes", () => {
  it("says a router was touched while the change is recent, and only that router", () => {
    const recent = new RecentChanges();
    recent.record(["dashboard", "smallChanges"], 1_000);
    expect(recent.touched("smallChanges", 1_500)).toBe(true);
    expect(recent.touched("vents", 1_500)).toBe(false);
    expect(recent.touched("smallChanges", 1_000 + RECENT_MS)).toBe(false);
  });

  it("counts a resync as touching everything", () => {
    const recent = new RecentChanges();
    recent.record(EVERYTHING, 0);
    expect(recent.touched("timeline", 10)).toBe(true);
  });

  it("forgets old changes as new ones arrive", () => {
    const recent = new RecentChanges();
    recent.record(["vents"], 0);
    recent.record(["readiness"], RECENT_MS + 1);
    expect(recent.touched("vents", RECENT_MS + 1)).toBe(false);
    expect(recent.touched("readiness", RECENT_MS + 1)).toBe(true);
  });
});
