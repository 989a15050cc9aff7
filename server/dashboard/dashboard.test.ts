import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, makeWaitingCouple } from "@/test/harness";

describe("the dashboard", () => {
  it("shows each partner their own side: names and the day count in their own time zone", async () => {
    const { callerA, callerB, a, b } = await makeCouple(["Alex", "Blair"], "2026-01-01");
    const at = new Date("2026-01-10T23:30:00Z");
    const fromA = await callerFor(a, { now: () => at }).dashboard.get();
    const fromB = await callerB.dashboard.get();
    expect(fromA.me).toEqual({ id: a.id, name: "Alex" });
    expect(fromA.partner).toEqual({ id: b.id, name: "Blair" });
    expect(fromB.me.name).toBe("Blair");
    expect(fromA.day).toBe(10);

    await callerA.account.updateProfile({ name: "Alex", timeZone: "Pacific/Auckland" });
    // 23:30 UTC on the 10th is already the 11th in Auckland.
    expect((await callerFor(a, { now: () => at }).dashboard.get()).day).toBe(11);
  });

  it("shows the invite, not a partner, before the partner joins", async () => {
    const { caller } = await makeWaitingCouple("Casey");
    const dashboard = await caller.dashboard.get();
    expect(dashboard.partner).toBeNull();
    expect(dashboard.panels.invite).toMatchObject({ waitingForPartner: true, openInviteExpiresAt: expect.any(Date) });
    await caller.couple.revokeInvite();
    expect((await caller.dashboard.get()).panels.invite).toMatchObject({ openInviteExpiresAt: null });
  });

  it("shows the latest milestones, starting with the day the repair began", async () => {
    const { callerA } = await makeCouple(["Alex", "Blair"], "2026-03-03");
    const dashboard = await callerA.dashboard.get();
    expect(dashboard.panels.milestones).toEqual([expect.objectContaining({ kind: "began", occurredOn: "2026-03-03" })]);
    expect(dashboard.panels.invite).toBeNull();
  });

  it("counts each partner's streak on the owner's own clock, whoever is looking", async () => {
    const { a, b, callerA } = await makeCouple(["Alex", "Blair"], "2026-03-01");
    await callerA.account.updateProfile({ name: "Alex", timeZone: "Pacific/Auckland" });
    const at = (iso: string) => ({ now: () => new Date(iso) });
    // Noon in Auckland on 2 and 3 March.
    const { id } = await callerFor(a, at("2026-03-02T00:00:00Z")).smallChanges.start({
      title: "Walk after dinner",
      details: "",
    });
    await callerFor(a, at("2026-03-02T00:00:00Z")).smallChanges.checkOff({ id });
    await callerFor(a, at("2026-03-03T00:00:00Z")).smallChanges.checkOff({ id });
    const streaksSeenBy = async (user: typeof a, iso: string) =>
      (await callerFor(user, at(iso)).dashboard.get()).panels.smallChanges?.streaks.map((s) => s.streak);

    // The evening of 3 March in Auckland: two days kept.
    expect(await streaksSeenBy(b, "2026-03-03T06:00:00Z")).toEqual([2]);
    // Still 4 March for Blair, but already 5 March in Auckland: Alex missed the 4th.
    expect(await streaksSeenBy(b, "2026-03-04T12:00:00Z")).toEqual([]);
    expect(await streaksSeenBy(a, "2026-03-04T12:00:00Z")).toEqual([]);
  });

  it("counts each small change's streak from its own check-offs only", async () => {
    const { a } = await makeCouple(["Alex", "Blair"], "2026-03-01");
    const at = (iso: string) => ({ now: () => new Date(iso) });
    const kept = await callerFor(a, at("2026-03-02T12:00:00Z")).smallChanges.start({ title: "Kept", details: "" });
    await callerFor(a, at("2026-03-02T12:01:00Z")).smallChanges.start({ title: "Not yet", details: "" });
    await callerFor(a, at("2026-03-02T12:00:00Z")).smallChanges.checkOff({ id: kept.id });
    await callerFor(a, at("2026-03-03T12:00:00Z")).smallChanges.checkOff({ id: kept.id });

    const { smallChanges } = (await callerFor(a, at("2026-03-03T13:00:00Z")).dashboard.get()).panels;
    expect(smallChanges?.streaks.map((s) => [s.title, s.streak])).toEqual([["Kept", 2]]);
    expect(smallChanges?.today.map((t) => [t.title, t.keptNow])).toEqual([
      ["Kept", true],
      ["Not yet", false],
    ]);
  });
});
