import { describe, expect, it } from "vitest";
import { hitsScore, suggestsDanger } from "./hits";

describe("HITS scoring", () => {
  it("adds the four answers, from 4 (never, to all) to 20 (frequently, to all)", () => {
    expect(hitsScore({ hurt: 1, insult: 1, threaten: 1, scream: 1 })).toBe(4);
    expect(hitsScore({ hurt: 5, insult: 5, threaten: 5, scream: 5 })).toBe(20);
    expect(hitsScore({ hurt: 1, insult: 4, threaten: 2, scream: 3 })).toBe(10);
  });

  it("reads a total above 10 as suggesting danger, and 10 itself not", () => {
    expect(suggestsDanger(10)).toBe(false);
    expect(suggestsDanger(11)).toBe(true);
  });
});
