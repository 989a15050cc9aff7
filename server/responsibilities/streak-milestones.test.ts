import { describe, expect, it } from "vitest";
import { streakMilestoneSourceId } from "./streak-milestones";

describe("streakMilestoneSourceId", () => {
  const id = "6f1c2a4e-0b7d-4c1e-9a53-2f0d8e6b1c77";

  it("gives the same uuid for the same record and threshold, so a milestone is recorded once", () => {
    expect(streakMilestoneSourceId(id, 7)).toBe(streakMilestoneSourceId(id, 7));
    expect(streakMilestoneSourceId(id, 7)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("differs by threshold and by record", () => {
    const ids = new Set([7, 30, 100].map((n) => streakMilestoneSourceId(id, n)));
    ids.add(streakMilestoneSourceId("0d5b7c1e-3f2a-4b6c-8d9e-1a2b3c4d5e6f", 7));
    expect(ids.size).toBe(4);
  });
});
