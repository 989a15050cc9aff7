import { describe, expect, it } from "vitest";
import { makeCouple } from "@/test/harness";

describe("activity since I last looked", () => {
  it("counts what my partner did since I last looked, never what I did", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.activity.markSeen();
    await callerA.readiness.set({ state: "open_to_talk" });
    await callerB.readiness.set({ state: "need_space" });
    await callerB.vents.write({ body: "Something is still heavy today." });

    expect(await callerA.activity.unread()).toEqual({
      count: 2,
      more: false,
      topics: [
        { topic: "readiness", count: 1 },
        { topic: "vents", count: 1 },
      ],
    });
  });

  it("starts again from zero when I mark it seen", async () => {
    const { callerA, callerB } = await makeCouple();
    // B joining was news too.
    expect(await callerA.activity.unread()).toEqual({ count: 1, more: false, topics: [{ topic: "couple", count: 1 }] });
    await callerB.readiness.set({ state: "need_to_vent" });
    expect((await callerA.activity.unread()).count).toBe(2);
    expect(await callerA.activity.markSeen()).toEqual({ count: 0, more: false, topics: [] });
    expect((await callerA.activity.unread()).count).toBe(0);
    await callerB.readiness.set({ state: "open_to_talk" });
    expect((await callerA.activity.unread()).count).toBe(1);
  });

  it("gives the partner no sign that I looked", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.readiness.set({ state: "open_to_talk" });
    await callerB.readiness.set({ state: "need_space" });
    const before = { activity: await callerB.activity.unread(), dashboard: await callerB.dashboard.get() };
    await callerA.activity.markSeen();
    const after = { activity: await callerB.activity.unread(), dashboard: await callerB.dashboard.get() };
    expect(after).toEqual(before);
  });

  it("says how many of each kind, most first, so the shell can show what changed", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.activity.markSeen();
    await callerB.vents.write({ body: "One thing." });
    await callerB.vents.write({ body: "And another." });
    await callerB.readiness.set({ state: "need_space" });
    expect((await callerA.activity.unread()).topics).toEqual([
      { topic: "vents", count: 2 },
      { topic: "readiness", count: 1 },
    ]);
  });

  it("counts only my own couple's activity", async () => {
    const [first, second] = await Promise.all([makeCouple(), makeCouple()]);
    await first.callerA.activity.markSeen();
    await second.callerB.readiness.set({ state: "need_space" });
    expect((await first.callerA.activity.unread()).count).toBe(0);
  });

  it("stops counting at 99, so the number never reads like a debt", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.activity.markSeen();
    for (let i = 0; i < 101; i++) await callerB.readiness.set({ state: i % 2 ? "open_to_talk" : "need_space" });
    expect(await callerA.activity.unread()).toMatchObject({ count: 99, more: true });
  });
});
