import { describe, expect, it } from "vitest";
import { helplines } from "./helplines";

describe("the helplines shipped with the app", () => {
  it("gives every line its source and the day it was checked, and every country an emergency number", () => {
    expect(helplines.countries.length).toBeGreaterThan(0);
    for (const country of helplines.countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.emergency).not.toBe("");
      for (const line of [...country.lines, { ...helplines.everywhere, phone: null }]) {
        expect(line.source, line.name).toMatch(/^https:\/\//);
        expect(line.checkedOn, line.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(line.phone === null || /^[0-9 +-]+$/.test(line.phone), line.name).toBe(true);
      }
    }
  });

  it("lists each country once, in alphabetical order of its code", () => {
    const codes = helplines.countries.map((country) => country.code);
    expect(codes).toEqual([...new Set(codes)].sort());
  });
});
