import { describe, expect, it } from "vitest";
import { isQuietAt, nextDigestAt, type DigestRules } from "./schedule";

const rules = (overrides: Partial<DigestRules>): DigestRules => ({
  period: "twice_daily",
  timeZone: "UTC",
  quietStart: 22 * 60,
  quietEnd: 8 * 60,
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe("when a digest may go", () => {
  it("goes at once at midday when nothing was sent before", () => {
    expect(nextDigestAt(rules({}), null, at("2026-06-10T12:00:00Z"))).toEqual(at("2026-06-10T12:00:00Z"));
  });

  it("waits for the end of the quiet hours on the person's own clock (Tokyo)", () => {
    // 23:30 in Tokyo is 14:30 UTC; 08:00 there is 23:00 UTC.
    const tokyo = rules({ timeZone: "Asia/Tokyo" });
    expect(isQuietAt(at("2026-06-10T14:30:00Z"), tokyo)).toBe(true);
    expect(nextDigestAt(tokyo, null, at("2026-06-10T14:30:00Z"))).toEqual(at("2026-06-10T23:00:00Z"));
  });

  it("is not quiet in Tokyo's afternoon while it is night in UTC", () => {
    expect(nextDigestAt(rules({ timeZone: "Asia/Tokyo" }), null, at("2026-06-10T05:00:00Z"))).toEqual(
      at("2026-06-10T05:00:00Z"),
    );
  });

  it("reads 08:00 after the clocks go forward as summer time (Berlin, 29 March 2026)", () => {
    // 23:00 on the 28th is 22:00 UTC (CET); 08:00 on the 29th is already CEST, 06:00 UTC.
    expect(nextDigestAt(rules({ timeZone: "Europe/Berlin" }), null, at("2026-03-28T22:00:00Z"))).toEqual(
      at("2026-03-29T06:00:00Z"),
    );
  });

  it("reads 08:00 after the clocks go back as winter time (Berlin, 25 October 2026)", () => {
    // 23:00 on the 24th is 21:00 UTC (CEST); 08:00 on the 25th is CET, 07:00 UTC: a night of 9 hours, not 8.
    expect(nextDigestAt(rules({ timeZone: "Europe/Berlin" }), null, at("2026-10-24T21:00:00Z"))).toEqual(
      at("2026-10-25T07:00:00Z"),
    );
  });

  it("handles quiet hours that do not cross midnight", () => {
    const afternoon = rules({ quietStart: 13 * 60, quietEnd: 15 * 60 });
    expect(nextDigestAt(afternoon, null, at("2026-06-10T14:00:00Z"))).toEqual(at("2026-06-10T15:00:00Z"));
    expect(nextDigestAt(afternoon, null, at("2026-06-10T23:00:00Z"))).toEqual(at("2026-06-10T23:00:00Z"));
  });

  it("has no quiet hours when they start and end at the same time", () => {
    expect(nextDigestAt(rules({ quietStart: 0, quietEnd: 0 }), null, at("2026-06-10T03:00:00Z"))).toEqual(
      at("2026-06-10T03:00:00Z"),
    );
  });

  it("sends at most one mail per period: twice a day waits 12 hours, then past the night", () => {
    const last = at("2026-06-10T11:00:00Z");
    // 11:00 + 12 h is 23:00, inside the quiet hours: the next morning at 08:00.
    expect(nextDigestAt(rules({}), last, at("2026-06-10T12:00:00Z"))).toEqual(at("2026-06-11T08:00:00Z"));
    expect(nextDigestAt(rules({}), at("2026-06-10T07:00:00Z"), at("2026-06-10T09:00:00Z"))).toEqual(
      at("2026-06-10T19:00:00Z"),
    );
  });

  it("sends at most once a day, and right away when asked", () => {
    const last = at("2026-06-10T09:00:00Z");
    expect(nextDigestAt(rules({ period: "daily" }), last, at("2026-06-10T12:00:00Z"))).toEqual(
      at("2026-06-11T09:00:00Z"),
    );
    expect(nextDigestAt(rules({ period: "immediately" }), last, at("2026-06-10T12:00:00Z"))).toEqual(
      at("2026-06-10T12:00:00Z"),
    );
  });

  it("keeps to New York's clock across its spring change (8 March 2026)", () => {
    // 22:30 on the 7th is 03:30 UTC on the 8th (EST); 08:00 on the 8th is EDT, 12:00 UTC.
    expect(nextDigestAt(rules({ timeZone: "America/New_York" }), null, at("2026-03-08T03:30:00Z"))).toEqual(
      at("2026-03-08T12:00:00Z"),
    );
  });
});
