import { describe, expect, it } from "vitest";
import { countOf } from "./plural";

describe("counts in words", () => {
  it("uses the singular for one and the plural for everything else, zero included", () => {
    expect(countOf(1, "day")).toBe("1 day");
    expect(countOf(0, "day")).toBe("0 days");
    expect(countOf(2, "day")).toBe("2 days");
  });

  it("takes an irregular plural and groups thousands", () => {
    expect(countOf(3, "reply", "replies")).toBe("3 replies");
    expect(countOf(1200, "idea")).toBe("1,200 ideas");
  });
});
