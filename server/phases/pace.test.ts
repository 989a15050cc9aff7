import { describe, expect, it } from "vitest";
import { callerFor, db, makeCouple, makeWaitingCouple, testClock } from "@/test/harness";
import { phaseOf } from "./service";

describe("the pace of recovery", () => {
  it("begins in atone, with nobody labelled and nothing waiting", async () => {
    const { callerA, callerB } = await makeCouple();
    const fromA = await callerA.pace.get();
    expect(fromA).toEqual({
      phase: "atone",
      since: null,
      lastChange: null,
      proposal: null,
      next: "attune",
      earlier: [],
    });
    expect(await callerB.pace.get()).toEqual(fromA);
    // Nothing in the pace names a role: no "hurt", "betrayed", "offender".
    expect(JSON.stringify(fromA)).not.toMatch(/hurt|betray|cheat|offend|victim/i);
  });

  it("moves forward only when both agree: one offers, the other accepts, with no deadline", async () => {
    const { a, b, callerA, callerB, coupleId } = await makeCouple();
    const clock = testClock(new Date("2026-04-01T10:00:00Z"));
    const offered = await callerFor(a, { now: clock.now }).pace.propose({ phase: "attune" });
    expect(offered).toMatchObject({ phase: "atone", proposal: { phase: "attune", byMe: true } });
    expect(await callerB.pace.get()).toMatchObject({ phase: "atone", proposal: { phase: "attune", byMe: false } });

    // The offer waits, however long.
    clock.advance(90 * 86_400_000);
    await expect(callerA.pace.accept({ phase: "attune" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const moved = await callerFor(b, { now: clock.now }).pace.accept({ phase: "attune" });
    expect(moved).toMatchObject({
      phase: "attune",
      lastChange: "forward",
      proposal: null,
      next: "attach",
      earlier: ["atone"],
      since: clock.now(),
    });
    expect((await callerA.pace.get()).phase).toBe("attune");
    expect(await phaseOf(db, coupleId)).toEqual({ phase: "attune", since: clock.now(), lastChange: "forward" });

    const { items } = await callerA.timeline.list({ kind: "phase" });
    expect(items).toEqual([
      expect.objectContaining({ kind: "phase", title: "Moved to Attune together", occurredOn: "2026-06-30" }),
    ]);
  });

  it("treats offering the step the partner already offered as agreeing", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    expect(await callerB.pace.propose({ phase: "attune" })).toMatchObject({ phase: "attune", proposal: null });
  });

  it("lets either partner step back alone, at any time, without a reason, setting any offer aside", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    await callerB.pace.accept({ phase: "attune" });
    await callerA.pace.propose({ phase: "attach" });

    // stepBack takes only the phase: there is no reason field to fill in.
    const back = await callerB.pace.stepBack({ phase: "atone", reason: "ignored" } as { phase: "atone" });
    expect(back).toMatchObject({ phase: "atone", lastChange: "back", proposal: null, next: "attune" });
    expect(await callerA.pace.get()).toMatchObject({ phase: "atone", proposal: null });

    const titles = (await callerA.timeline.list({ kind: "phase" })).items.map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining(["Moved to Attune together", "Back to Atone, at a gentler pace"]));
    expect(JSON.stringify(await callerA.timeline.list({ kind: "phase" }))).not.toContain("ignored");
  });

  it("refuses a step that isn't the next one, or back to where the couple already is", async () => {
    const { callerA, callerB } = await makeCouple();
    await expect(callerA.pace.propose({ phase: "attach" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerA.pace.propose({ phase: "atone" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerA.pace.stepBack({ phase: "atone" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerB.pace.accept({ phase: "attune" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerA.pace.propose({ phase: "calm" as "attune" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await callerA.pace.get()).toMatchObject({ phase: "atone", proposal: null });
  });

  it("answers a screen that went stale (the partner stepped back meanwhile) with a CONFLICT, changing nothing", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    await callerB.pace.accept({ phase: "attune" });
    await callerA.pace.propose({ phase: "attach" });
    await callerA.pace.stepBack({ phase: "atone" });
    await expect(callerB.pace.accept({ phase: "attach" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await callerB.pace.get()).phase).toBe("atone");
  });

  it("lets the one who offered take it back, leaving no mark", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    // The partner can't withdraw an offer that isn't theirs.
    expect((await callerB.pace.withdraw()).proposal).toMatchObject({ phase: "attune" });
    expect((await callerA.pace.withdraw()).proposal).toBeNull();
    expect((await callerA.timeline.list({ kind: "phase" })).items).toEqual([]);
  });

  it("needs a partner to move forward, but not to step back", async () => {
    const { caller } = await makeWaitingCouple();
    await expect(caller.pace.propose({ phase: "attune" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await caller.pace.get()).phase).toBe("atone");
  });

  it("shows the phase and any offer on both dashboards, each from their own side", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    expect((await callerA.dashboard.get()).pace.pace.proposal).toMatchObject({ byMe: true });
    expect((await callerB.dashboard.get()).pace.pace.proposal).toMatchObject({ byMe: false, phase: "attune" });
  });

  it("accepts once when both tap at the same moment", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.pace.propose({ phase: "attune" });
    const results = await Promise.allSettled([
      callerB.pace.accept({ phase: "attune" }),
      callerB.pace.accept({ phase: "attune" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await callerA.timeline.list({ kind: "phase" })).items).toHaveLength(1);
  });
});
