import { describe, expect, it, vi } from "vitest";
import { publishCoupleEvent, subscribeToCouple, type CoupleEvent } from "@/server/live/bus";
import { mayHear } from "@/server/live/service";
import { addDays } from "@/server/domain/calendar-days";
import { eq } from "drizzle-orm";
import { checkIns, disclosures } from "@/db/schema";
import { callerFor, db, makeCouple, testClock, type TestUser } from "@/test/harness";

const NOTE = "Felt the old knot in my stomach at 9pm";
const today = "2026-05-20";
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** Two weeks of check-ins by `user`, trust rising from 3 to 7; returns a caller on today's clock. */
async function twoWeeks(user: TestUser) {
  for (let back = 13; back >= 0; back--) {
    const day = addDays(today, -back);
    await callerFor(user, { now: () => noon(day) }).checkIns.record({
      safety: 6,
      trust: back >= 7 ? 3 : 7,
      connection: 5,
      note: `${NOTE} (${day})`,
    });
  }
  return callerFor(user, { now: () => noon(today) });
}

describe("daily check-ins", () => {
  it("keeps one reading a day, replaced when I check in again, with my note for me alone", async () => {
    const { a } = await makeCouple();
    const clock = testClock(noon(today));
    const callerA = callerFor(a, { now: clock.now });
    await callerA.checkIns.record({ safety: 4, trust: 3, connection: 5, note: NOTE });
    clock.advance(3_600_000);
    await callerA.checkIns.record({ safety: 5, trust: 3, connection: 6 });
    const mine = await callerA.checkIns.mine({});
    expect(mine.todays).toEqual({ day: today, safety: 5, trust: 3, connection: 6, note: null });
    expect(mine.recent).toHaveLength(1);
    expect(mine.sharing).toBe("nothing");
    expect(mine.trends.trust).toHaveLength(30);
    expect(mine.trends.trust.at(-1)).toEqual({ day: today, value: 3, average: 3 });
  });

  it("lets me fill in a day I missed, up to two weeks back, but not tomorrow", async () => {
    const { a } = await makeCouple();
    const callerA = callerFor(a, { now: () => noon(today) });
    await callerA.checkIns.record({ day: addDays(today, -13), safety: 1, trust: 1, connection: 1 });
    await expect(
      callerA.checkIns.record({ day: addDays(today, -14), safety: 1, trust: 1, connection: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerA.checkIns.record({ day: addDays(today, 1), safety: 1, trust: 1, connection: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await callerA.checkIns.mine({})).recent.map((r) => r.day)).toEqual([addDays(today, -13)]);
  });

  it("refuses a reading outside 0–10, a fraction, and a day that doesn't exist, naming the field", async () => {
    const { callerA } = await makeCouple();
    for (const bad of [{ safety: 11 }, { trust: -1 }, { connection: 2.5 }, { safety: Number.NaN }]) {
      await expect(callerA.checkIns.record({ safety: 5, trust: 5, connection: 5, ...bad })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(
      callerA.checkIns.record({ day: "2026-02-30", safety: 5, trust: 5, connection: 5 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerA.checkIns.record({ safety: 5, trust: 5, connection: 5, note: "x".repeat(1001) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerA.checkIns.mine({ range: 45 as 30 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await callerA.checkIns.mine({})).recent).toEqual([]);
  });

  it("lets me take a day's reading away", async () => {
    const { a } = await makeCouple();
    const callerA = callerFor(a, { now: () => noon(today) });
    await callerA.checkIns.record({ safety: 5, trust: 5, connection: 5 });
    await callerA.checkIns.remove({ day: today });
    expect((await callerA.checkIns.mine({})).todays).toBeNull();
    await expect(callerA.checkIns.remove({ day: today })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the partner nothing by default: not a number, not a note, not that a check-in exists", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    await twoWeeks(a);
    const callerB = callerFor(b, { now: () => noon(today) });
    const raw = JSON.stringify([await callerB.checkIns.partner({}), await callerB.dashboard.get()]);
    expect(await callerB.checkIns.partner({})).toEqual({ level: "nothing" });
    expect(raw).not.toContain(NOTE);
    expect(raw).not.toContain(addDays(today, -3));
    // Blair's own page holds Blair's readings only.
    const own = await callerB.checkIns.mine({});
    expect(own.recent).toEqual([]);
    expect(JSON.stringify(own)).not.toContain(NOTE);
    expect(own.trends.trust.every((point) => point.value === null)).toBe(true);
    expect((await callerB.dashboard.get()).pace.partnerCheckIns).toEqual({ level: "nothing" });
  });

  it("with the direction shared, shows rising, steady or falling per measure and nothing else", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    const callerA = await twoWeeks(a);
    await callerA.checkIns.setSharing({ level: "direction" });
    const callerB = callerFor(b, { now: () => noon(today) });
    const seen = await callerB.checkIns.partner({ range: 90 });
    expect(seen).toEqual({
      level: "direction",
      directions: { safety: "steady", trust: "rising", connection: "steady" },
    });
    const dashboard = await callerB.dashboard.get();
    expect(dashboard.pace.partnerCheckIns).toEqual(seen);
    const raw = JSON.stringify([seen, dashboard]);
    expect(raw).not.toContain(NOTE);
    // No day of Alex's check-ins appears anywhere in what Blair receives.
    for (let back = 1; back <= 13; back++) expect(raw).not.toContain(addDays(today, -back));
  });

  it("with the direction shared, tells the partner nothing when a week goes without a check-in", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    await (await twoWeeks(a)).checkIns.setSharing({ level: "direction" });
    const seenToday = await callerFor(b, { now: () => noon(today) }).checkIns.partner({});
    // Ten days on, Alex hasn't checked in once: what Blair sees hasn't moved.
    const tenDaysOn = callerFor(b, { now: () => noon(addDays(today, 10)) });
    expect(await tenDaysOn.checkIns.partner({})).toEqual(seenToday);
    expect((await tenDaysOn.dashboard.get()).pace.partnerCheckIns).toEqual(seenToday);
    expect(seenToday).toEqual({
      level: "direction",
      directions: { safety: "steady", trust: "rising", connection: "steady" },
    });
  });

  it("with the numbers shared, shows the days that have a reading and never a note or a skipped day", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    const callerA = await twoWeeks(a);
    await callerA.checkIns.remove({ day: addDays(today, -4) });
    await callerA.checkIns.setSharing({ level: "numbers" });
    const seen = await callerFor(b, { now: () => noon(today) }).checkIns.partner({});
    if (seen.level !== "numbers") throw new Error("numbers are shared");
    expect(seen.trends.trust.map((point) => point.day)).not.toContain(addDays(today, -4));
    expect(seen.trends.trust).toHaveLength(13);
    expect(seen.trends.trust.every((point) => point.value !== null)).toBe(true);
    expect(seen.trends.trust.at(-1)).toEqual({ day: today, value: 7, average: 7 });
    expect(JSON.stringify(seen)).not.toContain(NOTE);
    expect(JSON.stringify(seen)).not.toContain("note");
  });

  it("stops sharing at once, for the past too", async () => {
    const { a, b } = await makeCouple();
    const callerA = await twoWeeks(a);
    await callerA.checkIns.setSharing({ level: "numbers" });
    const callerB = callerFor(b, { now: () => noon(today) });
    expect((await callerB.checkIns.partner({})).level).toBe("numbers");
    await callerA.checkIns.setSharing({ level: "nothing" });
    expect(await callerB.checkIns.partner({})).toEqual({ level: "nothing" });
    expect(JSON.stringify(await callerB.dashboard.get())).not.toContain('"rising"');
  });

  it("keeps my sharing choice my own: my partner's choice never changes what they see of mine", async () => {
    const { a, b } = await makeCouple();
    await twoWeeks(b);
    await callerFor(a).checkIns.setSharing({ level: "numbers" });
    expect(await callerFor(a, { now: () => noon(today) }).checkIns.partner({})).toEqual({ level: "nothing" });
  });

  it("tells the partner nothing, live or in the activity count, when a check-in isn't shared as numbers", async () => {
    const { a, b, coupleId, callerB } = await makeCouple();
    const bViewer = {
      me: { id: b.id, name: b.name, email: b.email, timeZone: "UTC" },
      couple: { id: coupleId, repairBeganOn: "2026-01-01", seat: 2 },
      partner: null,
    };
    const heard: CoupleEvent[] = [];
    let probes = 0;
    const unsubscribe = await subscribeToCouple(coupleId, (event) => {
      if (event.topic === "probe") probes += 1;
      else if (mayHear(event, bViewer)) heard.push(event);
    });
    // On PostgreSQL events arrive a moment later. A probe for A's own screens, sent after what
    // came before it: once it has arrived, whatever they sent has too.
    const settled = async () => {
      const expected = probes + 1;
      await publishCoupleEvent({ coupleId, topic: "probe", actorId: a.id, audience: "actor" });
      await vi.waitFor(() => expect(probes).toBe(expected));
    };
    const before = await callerB.activity.unread();
    const callerA = callerFor(a);
    await callerA.checkIns.record({ safety: 2, trust: 2, connection: 2, note: NOTE });
    await callerA.checkIns.setSharing({ level: "direction" });
    await settled();
    // The change of sharing, which B may hear.
    expect(heard.map((event) => event.topic)).toContain("checkIns");
    heard.length = 0;
    await callerA.checkIns.record({ safety: 3, trust: 3, connection: 3 });
    await callerA.checkIns.remove({ day: (await callerA.checkIns.mine({})).today });
    await settled();
    expect(heard).toEqual([]);
    // Only the change of sharing itself (which the partner sees anyway) counts as news.
    expect((await callerB.activity.unread()).count).toBe(before.count + 1);

    await callerA.checkIns.setSharing({ level: "numbers" });
    await settled();
    heard.length = 0;
    await callerA.checkIns.record({ safety: 4, trust: 4, connection: 4 });
    await settled();
    expect(heard.map((event) => event.topic)).toEqual(["checkIns"]);
    unsubscribe();
  });

  it("counts days on the author's own clock", async () => {
    const { a, b, callerA } = await makeCouple();
    await callerA.account.updateProfile({ name: "Alex", timeZone: "Pacific/Auckland" });
    // 20 May, 13:00 UTC is already 21 May in Auckland.
    const at = new Date("2026-05-20T13:00:00Z");
    await callerFor(a, { now: () => at }).checkIns.record({ safety: 5, trust: 5, connection: 5 });
    await callerFor(a).checkIns.setSharing({ level: "numbers" });
    const seen = await callerFor(b, { now: () => at }).checkIns.partner({});
    expect(seen.level === "numbers" && seen.trends.safety.map((p) => p.day)).toEqual(["2026-05-21"]);
  });

  it("goes with its author when they delete their account, with their disclosures", async () => {
    const { a, callerA, callerB } = await makeCouple();
    await callerA.checkIns.record({ safety: 5, trust: 5, connection: 5, note: NOTE });
    await callerA.disclosures.write({ body: "Something told." });
    const kept = await callerB.disclosures.write({ body: "Blair's own words stay." });
    await callerA.account.deleteAccount({ password: "correct horse battery", confirm: "delete my account" });
    expect(await db.select().from(checkIns).where(eq(checkIns.userId, a.id))).toEqual([]);
    expect(await db.select().from(disclosures).where(eq(disclosures.authorId, a.id))).toEqual([]);
    expect(await db.select({ id: disclosures.id }).from(disclosures).where(eq(disclosures.id, kept.id))).toHaveLength(
      1,
    );
  });
});
