import { describe, expect, it } from "vitest";
import { newsLines } from "./activity-words";

describe("what the new-activity badge opens to", () => {
  it("names each place the partner changed something, with a count that says what it counts", () => {
    expect(
      newsLines(
        [
          { topic: "vents", count: 2 },
          { topic: "readiness", count: 1 },
        ],
        "Robin",
      ),
    ).toEqual([
      { key: "vents", text: "Vents: 2 updates", href: "/vents" },
      { key: "readiness", text: "Talk readiness: 1 update", href: "/dashboard" },
    ]);
  });

  it("says the partner joined in words, and gathers topics it has no place for", () => {
    expect(
      newsLines(
        [
          { topic: "couple", count: 1 },
          { topic: "phases", count: 2 },
          { topic: "disclosures", count: 1 },
        ],
        "Robin",
      ),
    ).toEqual([
      { key: "couple", text: "Robin joined your space", href: "/dashboard" },
      { key: "other", text: "Elsewhere: 3 updates", href: "/dashboard" },
    ]);
  });
});
