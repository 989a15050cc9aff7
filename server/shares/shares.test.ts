import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { counsellorShares } from "@/db/schema";
import { callerFor, db, makeCouple, testClock } from "@/test/harness";
import { shareSectionKeys, type ShareSectionKey } from "./sections";
import { SHARE_VIEW_LIMITS, viewShare } from "./service";

const DAY = 86_400_000;
const NOT_FOUND = { found: false };

/** A couple whose partners both answer to the same settable clock. */
async function coupleWithClock(start = new Date("2026-03-10T12:00:00Z")) {
  const couple = await makeCouple(["Alex", "Blair"], "2026-01-01");
  const clock = testClock(start);
  return { ...couple, clock, a: callerFor(couple.a, { now: clock.now }), b: callerFor(couple.b, { now: clock.now }) };
}

type Couple = Awaited<ReturnType<typeof coupleWithClock>>;

/** Proposed by A, accepted by B: the link's token. */
async function openShare(couple: Couple, sections: ShareSectionKey[] = [...shareSectionKeys], lifetimeDays?: number) {
  const { id } = await couple.a.shares.propose({ sections, lifetimeDays });
  const { token } = await couple.b.shares.accept({ id });
  return { id, token };
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
const view = (couple: Couple, token: string) => viewShare(db, token, ip(), couple.clock.now());

/** Something in each section; each planter returns the text that shows its section is there. */
const plant: Record<ShareSectionKey, (couple: Couple) => Promise<string>> = {
  timeline: async (c) => {
    await c.a.timeline.add({ title: "MARKER-timeline", occurredOn: "2026-02-14" });
    return "MARKER-timeline";
  },
  responsibilities: async (c) => {
    const { id } = await c.a.responsibilities.propose({
      title: "MARKER-responsibilities",
      details: "",
      owner: "me",
      cadence: { kind: "daily", days: [] },
    });
    await c.b.responsibilities.agree({ id });
    await c.a.responsibilities.checkOff({ id });
    return "MARKER-responsibilities";
  },
  datesKept: async (c) => {
    const { id } = await c.a.dates.create({
      title: "MARKER-datesKept",
      startsAt: "2026-03-01T19:00",
      endsAt: "2026-03-01T22:00",
      timeZone: "UTC",
      place: "",
      notes: "",
    });
    await c.b.dates.setStatus({ id, version: 1, status: "done" });
    return "MARKER-datesKept";
  },
  phase: async (c) => {
    await c.a.pace.propose({ phase: "attune" });
    await c.b.pace.accept({ phase: "attune" });
    return "Turning toward each other";
  },
  checkInDirections: async (c) => {
    // Two weeks on A's clock: trust low in the first, higher in the second, so it reads as rising.
    for (let back = 13; back >= 0; back--) {
      const day = new Date(c.clock.now().getTime() - back * DAY).toISOString().slice(0, 10);
      await c.a.checkIns.record({
        day,
        safety: 5,
        trust: back >= 7 ? 2 : 8,
        connection: 5,
        note: "SECRET-check-in-note",
      });
    }
    await c.a.checkIns.setSharing({ level: "direction" });
    return "trust: rising";
  },
};

describe("a share for a counsellor", () => {
  it("needs both: the proposer can't accept their own proposal, and there is no link until the other does", async () => {
    const c = await coupleWithClock();
    const { id } = await c.a.shares.propose({ sections: ["timeline"] });
    await expect(c.a.shares.accept({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(c.a.shares.renewLink({ id })).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = await db.select().from(counsellorShares).where(eq(counsellorShares.id, id));
    expect(row).toMatchObject({ tokenHash: null, expiresAt: null });
    expect((await c.b.shares.list()).shares[0]).toMatchObject({
      id,
      status: "proposed",
      awaitingMyAnswer: true,
      proposedBy: { name: "Alex", isMe: false },
    });
    expect((await c.a.shares.list()).shares[0]).toMatchObject({ id, status: "proposed", awaitingMyAnswer: false });
    await expect(c.a.shares.propose({ sections: ["datesKept"] })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("makes a link of at least 128 random bits, and keeps only its SHA-256", async () => {
    const c = await coupleWithClock();
    const { id, token } = await openShare(c);
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{28}$/); // 28 base32 characters: 140 bits carrying 136 random ones
    const [row] = await db.select().from(counsellorShares).where(eq(counsellorShares.id, id));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("shows the link only to whoever made it: neither partner's listing carries it, and both see who holds it", async () => {
    const c = await coupleWithClock();
    const { id, token } = await openShare(c);
    for (const caller of [c.a, c.b]) {
      const listing = await caller.shares.list();
      expect(JSON.stringify(listing)).not.toContain(token);
      expect(listing.shares.find((share) => share.id === id)!.linkMadeBy).toMatchObject({ name: "Blair" });
    }
    const renewed = await c.a.shares.renewLink({ id });
    expect(JSON.stringify(await c.b.shares.list())).not.toContain(renewed.token);
    expect((await c.b.shares.list()).shares[0]!.linkMadeBy).toEqual({ name: "Alex", isMe: false });
  });

  it("lasts 14 days by default, at most 90, counted from the acceptance", async () => {
    const c = await coupleWithClock();
    await expect(c.a.shares.propose({ sections: ["timeline"], lifetimeDays: 91 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(c.a.shares.propose({ sections: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(c.a.shares.propose({ sections: ["vents" as ShareSectionKey] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const { id } = await c.a.shares.propose({ sections: ["timeline"] });
    c.clock.advance(3 * DAY);
    const { token, expiresAt } = await c.b.shares.accept({ id });
    expect(expiresAt).toEqual(new Date(c.clock.now().getTime() + 14 * DAY));
    c.clock.advance(14 * DAY - 1000);
    expect(await view(c, token)).toMatchObject({ found: true });
    c.clock.advance(1000);
    expect(await view(c, token)).toEqual(NOT_FOUND);
    expect((await c.a.shares.list()).shares[0]).toMatchObject({ status: "expired" });
  });

  /** A kept date and a change of phase are also milestones, so the timeline names them too. */
  const alsoCarries: Partial<Record<ShareSectionKey, ShareSectionKey[]>> = { timeline: ["datesKept", "phase"] };

  for (const section of shareSectionKeys) {
    it(`shows the ${section} section only when it was ticked`, async () => {
      const c = await coupleWithClock();
      const markers = {} as Record<ShareSectionKey, string>;
      for (const key of shareSectionKeys) markers[key] = await plant[key](c);
      const { token } = await openShare(c, [section]);
      const page = await view(c, token);
      const raw = JSON.stringify(page);
      expect(raw).toContain(markers[section]);
      for (const other of shareSectionKeys.filter((key) => key !== section && !alsoCarries[section]?.includes(key)))
        expect(raw).not.toContain(markers[other]);
      expect(page).toMatchObject({ found: true, sections: [{ key: section }] });
    });
  }

  it("never shows what is private or hidden from either partner, even with every section ticked", async () => {
    const c = await coupleWithClock();
    await c.a.vents.write({ body: "SECRET-vent" });
    await c.b.forgiveness.saveDraft({ id: randomUUID(), kind: "forgiveness", whatIDid: "SECRET-draft" });
    await c.a.forgiveness.send({ id: randomUUID(), kind: "second_chance", ask: "SECRET-request", whatIAmDoing: "" });
    await c.a.timeline.add({ title: "A walk", occurredOn: "2026-02-01", note: "SECRET-milestone-note" });
    await c.a.readiness.set({ state: "need_space", note: "SECRET-readiness" });
    // A surprise A planned for B, still unrevealed: its title is hidden from B, so from the counsellor.
    await c.a.dates.create({
      title: "SECRET-surprise",
      startsAt: "2026-04-04T19:00",
      endsAt: "2026-04-04T22:00",
      timeZone: "UTC",
      place: "SECRET-surprise-place",
      notes: "",
      surprise: { revealAt: "2026-04-04T12:00", hints: ["SECRET-hint"] },
    });
    const kept = await c.a.dates.create({
      title: "A kept date",
      startsAt: "2026-03-01T19:00",
      endsAt: "2026-03-01T22:00",
      timeZone: "UTC",
      place: "SECRET-place",
      notes: "SECRET-plan-notes",
    });
    await c.a.dates.setStatus({ id: kept.id, version: 1, status: "done" });
    await c.a.dates.reflect({ planId: kept.id, body: "SECRET-reflection" });
    await c.b.dates.reflect({ planId: kept.id, body: "SECRET-reflection-too" });
    const { id } = await c.b.responsibilities.propose({
      title: "Cook on Sundays",
      details: "",
      owner: "me",
      cadence: { kind: "weekly", days: [] },
    });
    await c.a.responsibilities.suggestChange({
      id,
      title: "SECRET-unagreed-terms",
      details: "",
      owner: "partner",
      cadence: { kind: "weekly", days: [] },
      note: "SECRET-change-note",
    });
    await c.a.smallChanges.start({ title: "SECRET-small-change", details: "" });
    // A shares numbers with B and B keeps theirs private: the counsellor gets A's directions only, never a number or note.
    await c.a.checkIns.record({ safety: 9, trust: 9, connection: 9, note: "SECRET-check-in-note" });
    await c.a.checkIns.setSharing({ level: "numbers" });
    await c.b.checkIns.record({ safety: 1, trust: 1, connection: 1, note: "SECRET-private-check-in" });

    const { token } = await openShare(c);
    const raw = JSON.stringify(await view(c, token));
    expect(raw).toContain("A kept date");
    expect(raw).toContain("A walk");
    expect(raw).not.toMatch(/SECRET/);
    expect(raw).not.toContain("@example.test");
    expect(raw).toContain("trust: not enough to read yet");
    expect(raw).not.toMatch(/Blair","secondary":"safety/);
    expect(raw).not.toMatch(/: 9\b|: 1\b/);
  });

  it("ends at once when either partner revokes it, and records who did", async () => {
    const c = await coupleWithClock();
    const first = await openShare(c);
    expect(await view(c, first.token)).toMatchObject({ found: true });
    await c.a.shares.end({ id: first.id });
    expect(await view(c, first.token)).toEqual(NOT_FOUND);
    expect((await c.b.shares.list()).shares[0]).toMatchObject({
      status: "ended",
      endedBy: { name: "Alex", isMe: false },
    });

    const second = await openShare(c);
    await c.b.shares.end({ id: second.id });
    expect(await view(c, second.token)).toEqual(NOT_FOUND);
    await expect(c.a.shares.end({ id: second.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets the other partner decline a proposal, which then can't be accepted", async () => {
    const c = await coupleWithClock();
    const { id } = await c.a.shares.propose({ sections: ["timeline"] });
    await c.b.shares.end({ id });
    await expect(c.b.shares.accept({ id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("replaces a lost link: the old one stops working at once", async () => {
    const c = await coupleWithClock();
    const { id, token } = await openShare(c);
    const renewed = await c.a.shares.renewLink({ id });
    expect(await view(c, token)).toEqual(NOT_FOUND);
    expect(await view(c, renewed.token)).toMatchObject({ found: true });
  });

  it("answers every bad token the same way: wrong, malformed, expired, revoked, or of a closed space", async () => {
    const c = await coupleWithClock();
    const revoked = await openShare(c);
    await c.a.shares.end({ id: revoked.id });
    const expired = await openShare(c, ["timeline"], 1);
    const closed = await coupleWithClock();
    const ofClosedSpace = await openShare(closed);
    await closed.a.couple.unlink({ confirm: true });
    c.clock.advance(2 * DAY);
    const bad = [
      revoked.token,
      expired.token,
      ofClosedSpace.token,
      "0".repeat(28),
      "not a token",
      "",
      "x".repeat(5000),
      revoked.token.slice(0, -1),
    ];
    for (const token of bad) expect(await view(c, token)).toEqual(NOT_FOUND);
  });

  it("answers any hostile token with the same not-found, never an error", async () => {
    const c = await coupleWithClock();
    await openShare(c, ["timeline"]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 64 }),
          fc.stringMatching(/^[0-9A-Z]{28}$/),
        ),
        async (token) => {
          expect(await view(c, token)).toEqual(NOT_FOUND);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("accepts the link as a person might retype it, in lower case", async () => {
    const c = await coupleWithClock();
    const { token } = await openShare(c, ["timeline"]);
    expect(await view(c, token.toLowerCase())).toMatchObject({ found: true });
  });

  it("shows both partners each opening, merging reloads within half an hour, and nothing more about the visitor", async () => {
    const c = await coupleWithClock();
    const { id, token } = await openShare(c);
    await view(c, token);
    await view(c, token);
    c.clock.advance(31 * 60_000);
    await view(c, token);
    const [forA, forB] = await Promise.all([c.a.shares.list(), c.b.shares.list()]);
    const shareA = forA.shares.find((share) => share.id === id)!;
    expect(shareA.visitCount).toBe(2);
    expect(shareA.visits).toEqual(forB.shares.find((share) => share.id === id)!.visits);
    expect(Object.keys(shareA.visits[0]!)).toEqual([]); // a Date: a time, nothing else
  });

  it("lists the latest 20 openings of a long log, newest first, with the full count", async () => {
    const c = await coupleWithClock();
    const { token } = await openShare(c, ["timeline"]);
    for (let i = 0; i < 25; i++) {
      c.clock.advance(31 * 60_000);
      await view(c, token);
    }
    const [share] = (await c.a.shares.list()).shares;
    expect(share!.visitCount).toBe(25);
    expect(share!.visits).toHaveLength(20);
    expect(share!.visits[0]).toEqual(c.clock.now());
  });

  it("limits views per address, bad tokens and good alike, and per link", async () => {
    const c = await coupleWithClock();
    const { token } = await openShare(c, ["timeline"]);
    const address = ip();
    for (let i = 0; i < SHARE_VIEW_LIMITS.perIp.max; i++)
      await viewShare(db, i % 2 ? token : "0".repeat(28), address, c.clock.now());
    expect(await viewShare(db, token, address, c.clock.now())).toMatchObject({
      found: true,
      tooManyVisits: { retryAfterMinutes: 15 },
    });
    expect(await viewShare(db, "0".repeat(28), address, c.clock.now())).toMatchObject({
      tooManyVisits: { retryAfterMinutes: 15 },
    });
    expect(await viewShare(db, token, ip(), c.clock.now())).toMatchObject({ found: true, tooManyVisits: null });

    const other = await openShare(c, ["timeline"]);
    for (let i = 0; i < SHARE_VIEW_LIMITS.perShare.max; i++) await viewShare(db, other.token, ip(), c.clock.now());
    expect(await viewShare(db, other.token, ip(), c.clock.now())).toMatchObject({
      tooManyVisits: { retryAfterMinutes: 15 },
    });
  });

  it("another couple's member can't see, accept or end a share: it reads as missing", async () => {
    const c = await coupleWithClock();
    const other = await makeCouple(["Dana", "Eli"]);
    const { id } = await c.a.shares.propose({ sections: ["timeline"] });
    await expect(other.callerA.shares.accept({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.callerA.shares.end({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await other.callerA.shares.list()).shares).toEqual([]);
  });
});
