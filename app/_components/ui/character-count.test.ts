import { describe, expect, it } from "vitest";
import { countWords, limitState } from "./character-count";

describe("the character count under a long text field", () => {
  it("stays out of the way well under the limit", () => {
    expect(limitState(3_199, 4_000)).toBe("under");
    expect(countWords(3_199, 4_000)).toBe("");
  });

  it("shows how far along the text is as it nears the limit", () => {
    expect(limitState(3_200, 4_000)).toBe("near");
    expect(countWords(3_512, 4_000)).toBe("3,512 of 4,000 characters");
    expect(countWords(4_000, 4_000)).toBe("4,000 of 4,000 characters");
  });

  it("says by how much a text is too long, and what to do, instead of cutting it", () => {
    expect(limitState(4_001, 4_000)).toBe("over");
    expect(countWords(5_000, 4_000)).toBe("5,000 of 4,000 characters: 1,000 too many. Shorten it to save it.");
  });
});
