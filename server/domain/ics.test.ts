import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatUtc, writeCalendar, type IcsEvent } from "./ics";

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Undoes folding as a calendar reader would: CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

const event: IcsEvent = {
  uid: "3f1c@kintsugi",
  stamp: new Date("2026-11-20T10:00:00Z"),
  start: { utc: new Date("2026-11-28T18:00:00Z") },
  end: { utc: new Date("2026-11-28T21:30:00Z") },
  summary: "Dinner at Olive, then the river",
  location: "Olive; 12 Quay St, Bergen",
  description: "Bring the scarf.\nTable is booked for two",
  sequence: 3,
  status: "CONFIRMED",
};

describe("calendar files (RFC 5545)", () => {
  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("drops control characters a calendar would reject", () => {
    expect(escapeText("bell\u0007 and\ttab")).toBe("bell and\ttab");
  });

  it("folds long lines at 75 octets with a leading space on each continuation", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((physical) => physical.startsWith(" ")),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a multi-byte character when folding", () => {
    const line = `SUMMARY:${"å🌙é".repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toContain("\uFFFD");
    }
    expect(unfold(folded)).toBe(line);
  });

  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:Tea")).toBe("SUMMARY:Tea");
  });

  it("writes UTC date-times", () => {
    expect(formatUtc(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
  });

  it("writes a complete calendar with CRLF line ends", () => {
    const text = writeCalendar([event], { productId: "-//Kintsugi//Dates//EN" });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfold(text).split("\r\n").filter(Boolean);
    expect(lines).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Kintsugi//Dates//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:3f1c@kintsugi",
      "DTSTAMP:20261120T100000Z",
      "DTSTART:20261128T180000Z",
      "DTEND:20261128T213000Z",
      "SUMMARY:Dinner at Olive\\, then the river",
      "LOCATION:Olive\\; 12 Quay St\\, Bergen",
      "DESCRIPTION:Bring the scarf.\\nTable is booked for two",
      "SEQUENCE:3",
      "STATUS:CONFIRMED",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
  });

  it("writes a day-only event with VALUE=DATE", () => {
    const text = writeCalendar(
      [
        {
          uid: "x@k",
          stamp: event.stamp,
          start: { date: "2026-11-28" },
          end: { date: "2026-11-29" },
          summary: "A surprise",
        },
      ],
      { productId: "-//K//EN" },
    );
    expect(text).toContain("DTSTART;VALUE=DATE:20261128\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20261129\r\n");
    expect(text).not.toContain("LOCATION");
    expect(text).not.toContain("DESCRIPTION");
  });

  it("refuses a malformed day", () => {
    expect(() => writeCalendar([{ ...event, start: { date: "28/11/2026" } }], { productId: "-//K//EN" })).toThrow(
      RangeError,
    );
  });
});
