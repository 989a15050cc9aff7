import { describe, expect, it } from "vitest";
import { timelineHref, timelineParams, timelineShown } from "./timeline-address";

describe("what the timeline shows, read from its address", () => {
  it("takes a known kind and a sensible page count", () => {
    expect(timelineShown({ kind: "began", pages: "3" })).toEqual({ kind: "began", pages: 3 });
  });

  it("shows everything, one page, for anything else", () => {
    expect(timelineShown({})).toEqual({ kind: null, pages: 1 });
    expect(timelineShown({ kind: "", pages: "" })).toEqual({ kind: null, pages: 1 });
    expect(timelineShown({ kind: "toString", pages: "-2" })).toEqual({ kind: null, pages: 1 });
    expect(timelineShown({ kind: ["began"], pages: ["2"] })).toEqual({ kind: null, pages: 1 });
    expect(timelineShown({ kind: "began", pages: "900" }).pages).toBe(25);
  });

  it("writes the same address back, and the same params for its live view", () => {
    for (const shown of [
      { kind: null, pages: 1 },
      { kind: "streak", pages: 1 },
      { kind: null, pages: 4 },
      { kind: "date_kept", pages: 2 },
    ] as const) {
      const query = new URL(timelineHref(shown), "http://kintsugi.test").searchParams;
      expect(timelineShown(Object.fromEntries(query))).toEqual(shown);
      expect(timelineShown(timelineParams(shown))).toEqual(shown);
    }
    expect(timelineHref({ kind: null, pages: 1 })).toBe("/timeline");
  });
});
