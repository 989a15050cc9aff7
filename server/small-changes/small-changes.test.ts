import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { milestones } from "@/db/schema";
import { callerFor, db, makeCouple, makeWaitingCouple, testClock } from "@/test/harness";

async function coupleAt(start: string) {
  const couple = await makeCouple();
  const clock = testClock(new Date(start));
  return {
    ...couple,
    clock,
    callerA: callerFor(couple.a, { now: clock.now }),
    callerB: callerFor(couple.b, { now: clock.now }),
  };
}

type Caller = ReturnType<typeof callerFor>;

async function viewOf(caller: Caller, id: string) {
  const item = (await caller.smallChanges.list()).find((c) => c.id === id);
  if (!item) throw new Error("small change not in list");
  return item;
}

describe("small changes", () => {
  it("starts without agreement and is visible to the partner", async () => {
    const { a, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.smallChanges.start({ title: "No phone at dinner", details: "" });
    expect(await viewOf(callerB, id)).toMatchObject({
      title: "No phone at dinner",
      owner: { id: a.id, isMe: false },
      startedOn: "2026-03-02",
      progress: { streak: 0, dueNow: true, keptNow: false },
    });
  });

  it("can be taken on before the partner joins", async () => {
    const { caller } = await makeWaitingCouple();
    await expect(caller.smallChanges.start({ title: "Walk every morning", details: "" })).resolves.toHaveProperty("id");
  });

  it("is checked off only by its owner, within a week back", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.smallChanges.start({ title: "Walk together", details: "" });
    await expect(callerB.smallChanges.checkOff({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    clock.set(new Date("2026-03-04T12:00:00Z"));
    await callerA.smallChanges.checkOff({ id, day: "2026-03-03" });
    await expect(callerA.smallChanges.checkOff({ id, day: "2026-03-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That day was before this began.",
    });
    expect(await callerA.smallChanges.checkOff({ id })).toMatchObject({ day: "2026-03-04", streak: 2 });
    await callerA.smallChanges.undoCheckOff({ id, day: "2026-03-04" });
    expect((await viewOf(callerB, id)).progress).toMatchObject({ streak: 1, keptNow: false });
  });

  it("counts the day in the owner's time zone", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-06-01T12:00:00Z");
    await callerA.account.updateProfile({ name: "Alex", timeZone: "Asia/Tokyo" });
    const { id } = await callerA.smallChanges.start({ title: "Journal", details: "" });
    clock.set(new Date("2026-06-01T15:30:00Z")); // 00:30 on 2 June in Tokyo
    expect(await callerA.smallChanges.checkOff({ id })).toMatchObject({ day: "2026-06-02", streak: 1 });
    expect(await viewOf(callerB, id)).toMatchObject({ today: "2026-06-02" });
  });

  it("records a 7-day milestone once, and stops on its owner's word", async () => {
    const { clock, coupleId, callerA, callerB } = await coupleAt("2026-03-01T12:00:00Z");
    const { id } = await callerA.smallChanges.start({ title: "No phone at dinner", details: "" });
    const found: number[][] = [];
    for (let day = 0; day < 8; day++) {
      clock.set(new Date(Date.parse("2026-03-01T12:00:00Z") + day * 86_400_000));
      found.push((await callerA.smallChanges.checkOff({ id })).milestones);
    }
    expect(found).toEqual([[], [], [], [], [], [], [7], []]);
    const recorded = await db
      .select({ title: milestones.title, occurredOn: milestones.occurredOn })
      .from(milestones)
      .where(and(eq(milestones.coupleId, coupleId), eq(milestones.kind, "streak")));
    expect(recorded).toEqual([
      { title: "Alex kept up “No phone at dinner” for 7 days in a row", occurredOn: "2026-03-07" },
    ]);

    await expect(callerB.smallChanges.stop({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.smallChanges.stop({ id });
    expect(await viewOf(callerB, id)).toMatchObject({ stopped: true, progress: { streak: 8 } });
    await expect(callerA.smallChanges.checkOff({ id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("encouragement", () => {
  it("comes from the partner, never from oneself, newest first", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.smallChanges.start({ title: "Call when late", details: "" });
    await expect(callerA.smallChanges.encourage({ id, message: "Go me" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const message of ["One", "Two", "Three", "Proud of you"]) {
      clock.advance(60_000);
      await callerB.smallChanges.encourage({ id, message });
    }
    const seenByA = await viewOf(callerA, id);
    expect(seenByA.encouragements.map((e) => [e.message, e.fromMe, e.fromName])).toEqual([
      ["Proud of you", false, "Blair"],
      ["Three", false, "Blair"],
      ["Two", false, "Blair"],
    ]);
  });

  it("keeps another couple's small change hidden", async () => {
    const { callerA } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.smallChanges.start({ title: "Ours", details: "" });
    const other = await makeCouple(["Dana", "Eli"]);
    await expect(other.callerB.smallChanges.encourage({ id, message: "Hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.callerA.smallChanges.checkOff({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
