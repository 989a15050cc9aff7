import { describe, expect, it } from "vitest";
import { findUnsafeText } from "./unsafe-text";

describe("findUnsafeText", () => {
  it.each([
    ["plain words", "I was wrong, and I'm sorry.", null],
    ["line breaks and tabs", "line one\nline two\r\n\tindented", null],
    ["emoji with joiners", "👩‍❤️‍👨 and 🫶🏽", null],
    ["right-to-left text", "אני מצטער", null],
    ["a NUL byte", "before\u0000after", "note"],
    ["a bell", "ding\u0007", "note"],
    ["a lone high surrogate", "broken \uD83D text", "note"],
    ["a lone low surrogate", "\uDE00 broken", "note"],
  ])("%s", (_label, note, expected) => {
    expect(findUnsafeText({ note })).toBe(expected);
  });

  it("finds it deep in arrays and objects, and in keys", () => {
    expect(findUnsafeText({ list: [{ ok: "fine" }, { title: "x\u0000" }] })).toBe("list.1.title");
    expect(findUnsafeText({ ["k\u0000"]: 1 })).toBe("input");
  });
});
