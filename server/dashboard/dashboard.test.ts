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
});
