import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { callerFor, makeCouple, makeWaitingCouple, testClock } from "@/test/harness";

describe("talk readiness", () => {
  it("shows my partner's readiness, its note and when it was set, from my side", async () => {
    const { a, b } = await makeCouple();
    const clock = testClock(new Date("2026-05-04T18:30:00Z"));
    await callerFor(b, { now: clock.now }).readiness.set({ state: "need_space", note: "Long day. Tomorrow evening?" });

    const seenByA = await callerFor(a).readiness.get();
    expect(seenByA).toEqual({
      mine: null,
      partner: { state: "need_space", note: "Long day. Tomorrow evening?", setAt: new Date("2026-05-04T18:30:00Z") },
    });
    const seenByB = await callerFor(b).readiness.get();
    expect(seenByB.mine?.state).toBe("need_space");
    expect(seenByB.partner).toBeNull();
  });

  it("changes with one tap, replacing the note and the time", async () => {
    const { a, callerA, callerB } = await makeCouple();
    const clock = testClock(new Date("2026-05-04T08:00:00Z"));
    const caller = callerFor(a, { now: clock.now });
    await caller.readiness.set({ state: "need_to_vent", note: "Something from yesterday is still with me." });
    clock.advance(3 * 60 * 60 * 1000);
    await caller.readiness.set({ state: "open_to_talk" });

    expect((await callerA.readiness.get()).mine).toEqual({ state: "open_to_talk", note: null, setAt: clock.now() });
    expect((await callerB.readiness.get()).partner).toEqual({ state: "open_to_talk", note: null, setAt: clock.now() });
  });

  it("treats a blank note as no note", async () => {
    const { callerA } = await makeCouple();
    const saved = await callerA.readiness.set({ state: "open_to_talk", note: "   " });
    expect(saved.note).toBeNull();
  });

  it("refuses an unknown state and a note over the limit, beside the field", async () => {
    const { callerA } = await makeCouple();
    const unknown = await callerA.readiness
      .set({ state: "furious" as "need_space" })
      .catch((error: TRPCError) => error);
    expect(unknown).toBeInstanceOf(TRPCError);
    expect((unknown as TRPCError).code).toBe("BAD_REQUEST");
    await expect(callerA.readiness.set({ state: "need_space", note: "x".repeat(141) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("can be set before the partner joins, with no partner to show yet", async () => {
    const { caller } = await makeWaitingCouple();
    await caller.readiness.set({ state: "open_to_talk" });
    expect(await caller.readiness.get()).toMatchObject({ mine: { state: "open_to_talk" }, partner: null });
  });

  it("keeps each couple's readiness to itself", async () => {
    const [first, second] = await Promise.all([makeCouple(), makeCouple()]);
    await first.callerB.readiness.set({ state: "need_space" });
    expect(await second.callerA.readiness.get()).toEqual({ mine: null, partner: null });
  });
});
