import { describe, expect, it } from "vitest";
import { EVERYTHING, changesServerRenderedPage, routersAffectedBy } from "./topics";

describe("what a live event refreshes", () => {
  it("refreshes the dashboard, the activity count and the feature when the partner acts", () => {
    expect(routersAffectedBy({ topic: "vents", byPartner: true })).toEqual(["dashboard", "activity", "vents"]);
  });

  it("leaves the activity count alone for my own acts (they are never news to me)", () => {
    expect(routersAffectedBy({ topic: "readiness", byPartner: false })).toEqual(["dashboard", "readiness"]);
  });

  it("refreshes the timeline for features that record milestones", () => {
    expect(routersAffectedBy({ topic: "dates", byPartner: true })).toContain("timeline");
    expect(routersAffectedBy({ topic: "changes", byPartner: true })).toEqual([
      "dashboard",
      "activity",
      "smallChanges",
      "timeline",
    ]);
  });

  it("refreshes everything for a topic it does not know, or the server's resync", () => {
    expect(routersAffectedBy({ topic: "something-new", byPartner: true })).toBe(EVERYTHING);
    expect(routersAffectedBy({ topic: "*", byPartner: true })).toBe(EVERYTHING);
  });

  it("renders the page again when the partner joins (the shell names them), or after a resync", () => {
    expect(routersAffectedBy({ topic: "couple", byPartner: true })).toEqual([
      "dashboard",
      "activity",
      "couple",
      "account",
    ]);
    expect(changesServerRenderedPage({ topic: "couple" })).toBe(true);
    expect(changesServerRenderedPage({ topic: "*" })).toBe(true);
    expect(changesServerRenderedPage({ topic: "vents" })).toBe(false);
  });
});
