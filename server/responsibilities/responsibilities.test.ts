import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { milestones } from "@/db/schema";
import { callerFor, db, makeCouple, testClock } from "@/test/harness";

const daily = { kind: "daily" as const, days: [] };

/** A couple whose callers share one settable clock, with each partner in the given time zone. */
async function coupleAt(start: string, zones: { a?: string; b?: string } = {}) {
  const couple = await makeCouple();
  const clock = testClock(new Date(start));
  const callerA = callerFor(couple.a, { now: clock.now });
  const callerB = callerFor(couple.b, { now: clock.now });
  if (zones.a) await callerA.account.updateProfile({ name: couple.a.name, timeZone: zones.a });
  if (zones.b) await callerB.account.updateProfile({ name: couple.b.name, timeZone: zones.b });
  return { ...couple, clock, callerA, callerB };
}

type Caller = ReturnType<typeof callerFor>;

/** A proposes, B agrees: an agreed responsibility owned by A. */
async function agreedByBoth(
  proposer: Caller,
  partner: Caller,
  cadence: { kind: "daily" | "weekly" | "weekdays" | "once"; days: number[] } = daily,
) {
  const { id } = await proposer.responsibilities.propose({ title: "School run", details: "", owner: "me", cadence });
  await partner.responsibilities.agree({ id });
  return id;
}

async function viewOf(caller: Caller, id: string) {
  const item = (await caller.responsibilities.list()).find((r) => r.id === id);
  if (!item) throw new Error("responsibility not in list");
  return item;
}

async function streakMilestonesOf(coupleId: string) {
  return db
    .select({ title: milestones.title, occurredOn: milestones.occurredOn })
    .from(milestones)
    .where(and(eq(milestones.coupleId, coupleId), eq(milestones.kind, "streak")));
}

describe("agreeing on a responsibility", () => {
  it("waits on the other partner, and nobody agrees to their own proposal", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({
      title: "Take the kids to school",
      details: "Mornings",
      owner: "me",
      cadence: daily,
    });

    expect(await viewOf(callerA, id)).toMatchObject({
      status: "proposed",
      proposedByMe: true,
      awaitingMyAnswer: false,
    });
    expect(await viewOf(callerB, id)).toMatchObject({
      status: "proposed",
      proposedByMe: false,
      awaitingMyAnswer: true,
    });

    await expect(callerA.responsibilities.agree({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerA.responsibilities.decline({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      callerA.responsibilities.suggestChange({ id, title: "x", details: "", owner: "me", cadence: daily, note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await callerB.responsibilities.agree({ id });
    expect(await viewOf(callerA, id)).toMatchObject({ status: "agreed", startedOn: "2026-03-02" });
  });

  it("turns a suggested change into a counter-proposal that only the first partner can agree to", async () => {
    const { a, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({
      title: "Cook dinner",
      details: "",
      owner: "me",
      cadence: daily,
    });

    await callerB.responsibilities.suggestChange({
      id,
      title: "Cook dinner on weeknights",
      details: "Weekends we cook together",
      owner: "partner",
      cadence: { kind: "weekdays", days: [5, 1, 3, 1] },
      note: "Could we make it weeknights?",
    });

    const seenByA = await viewOf(callerA, id);
    expect(seenByA).toMatchObject({
      status: "proposed",
      awaitingMyAnswer: true,
      title: "Cook dinner on weeknights",
      cadence: { kind: "weekdays", days: [1, 3, 5] },
      owner: { id: a.id, isMe: true },
      changeNote: "Could we make it weeknights?",
      previousTerms: { title: "Cook dinner", cadence: { kind: "daily" }, owner: { isMe: true } },
    });
    expect(await viewOf(callerB, id)).toMatchObject({ awaitingMyAnswer: false, proposedByMe: true });

    // B wrote these terms now, so B can't agree to them.
    await expect(callerB.responsibilities.agree({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.responsibilities.agree({ id });
    expect(await viewOf(callerB, id)).toMatchObject({ status: "agreed", title: "Cook dinner on weeknights" });
  });

  it("doesn't count a declined or still-proposed responsibility", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({
      title: "Laundry",
      details: "",
      owner: "me",
      cadence: daily,
    });
    await expect(callerA.responsibilities.checkOff({ id })).rejects.toMatchObject({ code: "CONFLICT" });

    await callerB.responsibilities.decline({ id });
    expect(await viewOf(callerA, id)).toMatchObject({ status: "declined", progress: null });
    await expect(callerA.responsibilities.checkOff({ id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerB.responsibilities.agree({ id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets either propose a duty owned by the other", async () => {
    const { b, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({
      title: "Walk the dog",
      details: "",
      owner: "partner",
      cadence: daily,
    });
    await callerB.responsibilities.agree({ id });
    expect(await viewOf(callerA, id)).toMatchObject({ owner: { id: b.id, isMe: false } });
    await expect(callerA.responsibilities.checkOff({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerB.responsibilities.checkOff({ id })).resolves.toMatchObject({ streak: 1 });
  });

  it("hides another couple's responsibility as if it didn't exist", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({ title: "Ours", details: "", owner: "me", cadence: daily });
    const other = await makeCouple(["Dana", "Eli"]);
    await expect(other.callerB.responsibilities.agree({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other.callerA.responsibilities.list()).toEqual([]);
    await callerB.responsibilities.agree({ id });
  });
});

describe("pausing and retiring", () => {
  it("needs both partners: one asks, the other confirms", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB);

    await callerA.responsibilities.requestChange({ id, kind: "pause" });
    expect(await viewOf(callerB, id)).toMatchObject({
      status: "agreed",
      pendingChange: { kind: "pause", requestedByMe: false },
    });
    await expect(callerA.responsibilities.answerChange({ id, confirm: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerB.responsibilities.requestChange({ id, kind: "retire" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await callerB.responsibilities.answerChange({ id, confirm: true });
    expect(await viewOf(callerA, id)).toMatchObject({ status: "paused", pendingChange: null });
    await expect(callerA.responsibilities.checkOff({ id })).rejects.toMatchObject({ code: "CONFLICT" });

    clock.set(new Date("2026-03-05T12:00:00Z"));
    await callerB.responsibilities.requestChange({ id, kind: "resume" });
    await callerA.responsibilities.answerChange({ id, confirm: true });
    // Resuming starts a fresh count, so the paused days are not missed days.
    expect(await viewOf(callerA, id)).toMatchObject({ status: "agreed", startedOn: "2026-03-05" });

    await callerA.responsibilities.requestChange({ id, kind: "retire" });
    await callerB.responsibilities.answerChange({ id, confirm: true });
    expect(await viewOf(callerA, id)).toMatchObject({ status: "retired" });
  });

  it("lets the asker withdraw, or the other keep things as they are", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    await callerA.responsibilities.requestChange({ id, kind: "retire" });
    await callerA.responsibilities.answerChange({ id, confirm: false });
    expect(await viewOf(callerB, id)).toMatchObject({ status: "agreed", pendingChange: null });

    await callerA.responsibilities.requestChange({ id, kind: "retire" });
    await callerB.responsibilities.answerChange({ id, confirm: false });
    expect(await viewOf(callerB, id)).toMatchObject({ status: "agreed", pendingChange: null });
  });
});

describe("checking off", () => {
  it("is the owner's, within a week back, and the partner acknowledges it", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    clock.set(new Date("2026-03-09T12:00:00Z"));

    await expect(callerA.responsibilities.checkOff({ id, day: "2026-03-10" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That day hasn't come yet.",
      cause: { field: "day" },
    });
    await expect(callerA.responsibilities.checkOff({ id, day: "2026-03-02" })).rejects.toMatchObject({
      message: "Check-offs reach back a week at most.",
      cause: { field: "day" },
    });
    await callerA.responsibilities.checkOff({ id, day: "2026-03-03" });
    await callerA.responsibilities.checkOff({ id });
    await expect(callerB.responsibilities.checkOff({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const seenByB = await viewOf(callerB, id);
    expect(seenByB.recentCheckOffs.map((c) => [c.day, c.acknowledged])).toEqual([
      ["2026-03-09", false],
      ["2026-03-03", false],
    ]);
    const latest = seenByB.recentCheckOffs[0]!;
    await expect(callerA.responsibilities.acknowledge({ checkOffId: latest.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await callerB.responsibilities.acknowledge({ checkOffId: latest.id });
    await callerB.responsibilities.acknowledge({ checkOffId: latest.id });
    expect((await viewOf(callerA, id)).recentCheckOffs[0]).toMatchObject({ day: "2026-03-09", acknowledged: true });
  });

  it("counts the same day once and can undo a mistaken tap", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    await callerA.responsibilities.checkOff({ id });
    await callerA.responsibilities.checkOff({ id });
    expect((await viewOf(callerB, id)).progress).toMatchObject({
      streak: 1,
      keptNow: true,
      keptRate: { kept: 1, due: 1 },
    });
    await callerA.responsibilities.undoCheckOff({ id, day: "2026-03-02" });
    expect((await viewOf(callerB, id)).progress).toMatchObject({ streak: 0, keptNow: false, dueNow: true });
  });

  it("refuses a day that isn't one of the chosen weekdays", async () => {
    // 2026-03-07 is a Saturday.
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB, { kind: "weekdays", days: [1, 2, 3, 4, 5] });
    clock.set(new Date("2026-03-07T12:00:00Z"));
    await expect(callerA.responsibilities.checkOff({ id })).rejects.toMatchObject({
      message: "That isn't one of the chosen days.",
      cause: { field: "day" },
    });
    await callerA.responsibilities.checkOff({ id, day: "2026-03-06" });
  });
});

describe("streaks in the owner's time zone", () => {
  it("checks off the owner's local day when it is already tomorrow there (Auckland ahead of UTC)", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-01-09T20:00:00Z", {
      a: "Pacific/Auckland",
      b: "America/Los_Angeles",
    });
    const id = await agreedByBoth(callerA, callerB);
    // 11:30 UTC on 10 January is 00:30 on 11 January in Auckland (UTC+13), 03:30 on the 10th in Los Angeles.
    clock.set(new Date("2026-01-10T11:30:00Z"));
    expect(await callerA.responsibilities.checkOff({ id })).toMatchObject({ day: "2026-01-11" });
    // The partner in Los Angeles sees the owner's day, not their own.
    expect(await viewOf(callerB, id)).toMatchObject({ today: "2026-01-11", startedOn: "2026-01-10" });
  });

  it("uses the owner's zone, not the caller's, for a duty the other partner owns", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-01-10T20:00:00Z", {
      a: "Pacific/Auckland",
      b: "America/Los_Angeles",
    });
    // B owns it: agreed at 12:00 on 10 January in Los Angeles.
    const { id } = await callerA.responsibilities.propose({
      title: "Dishes",
      details: "",
      owner: "partner",
      cadence: daily,
    });
    await callerB.responsibilities.agree({ id });
    clock.set(new Date("2026-01-11T07:30:00Z")); // 23:30 on the 10th in Los Angeles
    expect(await callerB.responsibilities.checkOff({ id })).toMatchObject({ day: "2026-01-10", streak: 1 });
    expect(await viewOf(callerA, id)).toMatchObject({ today: "2026-01-10", startedOn: "2026-01-10" });
  });

  it("keeps a daily streak unbroken across the spring-forward night (New York, 8 March 2026)", async () => {
    // 20:00 on 6 March in New York (EST, UTC−5).
    const { clock, callerA, callerB } = await coupleAt("2026-03-07T01:00:00Z", {
      a: "America/New_York",
      b: "America/New_York",
    });
    const id = await agreedByBoth(callerA, callerB);
    const lateEvenings = [
      "2026-03-07T04:30:00Z", // 23:30 EST on the 6th
      "2026-03-08T04:30:00Z", // 23:30 EST on the 7th
      "2026-03-09T03:30:00Z", // 23:30 EDT on the 8th (the 23-hour day)
      "2026-03-10T03:30:00Z", // 23:30 EDT on the 9th
    ];
    const days: string[] = [];
    for (const instant of lateEvenings) {
      clock.set(new Date(instant));
      days.push((await callerA.responsibilities.checkOff({ id })).day);
    }
    expect(days).toEqual(["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"]);
    expect((await viewOf(callerB, id)).progress).toMatchObject({ streak: 4, keptRate: { kept: 4, due: 4, rate: 1 } });
    // Just after midnight on the 10th: today is pending, the streak still stands.
    clock.set(new Date("2026-03-10T04:30:00Z"));
    expect((await viewOf(callerB, id)).progress).toMatchObject({ streak: 4, dueNow: true, keptNow: false });
  });

  it("puts a check-off just after midnight on the new day across the fall-back night (Berlin, 25 October 2026)", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-10-24T10:00:00Z", { a: "Europe/Berlin" });
    const id = await agreedByBoth(callerA, callerB);
    clock.set(new Date("2026-10-24T21:30:00Z")); // 23:30 CEST on the 24th
    expect((await callerA.responsibilities.checkOff({ id })).day).toBe("2026-10-24");
    clock.set(new Date("2026-10-25T22:30:00Z")); // 23:30 CET on the 25th (the 25-hour day)
    expect((await callerA.responsibilities.checkOff({ id })).day).toBe("2026-10-25");
    clock.set(new Date("2026-10-25T23:30:00Z")); // 00:30 CET on the 26th, still the 25th in UTC
    expect(await callerA.responsibilities.checkOff({ id })).toMatchObject({ day: "2026-10-26", streak: 3 });
  });

  it("breaks a daily streak on a missed day, and counts the kept-rate over the last 30 days", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-04-01T09:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    for (const day of ["01", "02", "04", "05"]) {
      clock.set(new Date(`2026-04-${day}T09:00:00Z`));
      await callerA.responsibilities.checkOff({ id });
    }
    clock.set(new Date("2026-04-06T09:00:00Z"));
    expect((await viewOf(callerA, id)).progress).toMatchObject({ streak: 2, keptRate: { kept: 4, due: 5, rate: 0.8 } });
  });

  it("counts a weekly responsibility by the week, in weeks", async () => {
    const { clock, coupleId, callerA, callerB } = await coupleAt("2026-03-02T09:00:00Z"); // a Monday
    const id = await agreedByBoth(callerA, callerB, { kind: "weekly", days: [] });
    for (let week = 0; week < 7; week++) {
      clock.set(new Date(Date.parse("2026-03-04T09:00:00Z") + week * 7 * 86_400_000)); // each Wednesday
      await callerA.responsibilities.checkOff({ id });
    }
    expect((await viewOf(callerB, id)).progress).toMatchObject({ streak: 7, keptNow: true });
    expect(await streakMilestonesOf(coupleId)).toEqual([
      { title: "Alex kept “School run” 7 weeks in a row", occurredOn: "2026-04-15" },
    ]);
  });
});

describe("streak milestones", () => {
  it("records 7 kept days once, in the check-off that reached it", async () => {
    const { clock, coupleId, callerA, callerB } = await coupleAt("2026-05-01T09:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    for (let day = 0; day < 6; day++) {
      clock.set(new Date(Date.parse("2026-05-01T09:00:00Z") + day * 86_400_000));
      expect((await callerA.responsibilities.checkOff({ id })).milestones).toEqual([]);
    }
    clock.set(new Date("2026-05-07T09:00:00Z"));
    expect(await callerA.responsibilities.checkOff({ id })).toMatchObject({ streak: 7, milestones: [7] });

    // Undoing and checking again does not record it twice.
    await callerA.responsibilities.undoCheckOff({ id, day: "2026-05-07" });
    expect(await callerA.responsibilities.checkOff({ id })).toMatchObject({ streak: 7, milestones: [] });
    expect(await streakMilestonesOf(coupleId)).toEqual([
      { title: "Alex kept “School run” 7 days in a row", occurredOn: "2026-05-07" },
    ]);
  });

  it("records the milestone when a late check-off fills the gap", async () => {
    const { clock, coupleId, callerA, callerB } = await coupleAt("2026-05-01T09:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    for (const day of ["01", "02", "03", "05", "06", "07"]) {
      clock.set(new Date(`2026-05-${day}T09:00:00Z`));
      await callerA.responsibilities.checkOff({ id });
    }
    expect((await viewOf(callerA, id)).progress?.streak).toBe(3);
    expect(await callerA.responsibilities.checkOff({ id, day: "2026-05-04" })).toMatchObject({
      streak: 7,
      milestones: [7],
    });
    expect(await streakMilestonesOf(coupleId)).toHaveLength(1);
  });
});

describe("on the dashboard", () => {
  it("puts a proposal under the other partner's turn and the proposer's waiting list", async () => {
    const { callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const { id } = await callerA.responsibilities.propose({ title: "Bins", details: "", owner: "me", cadence: daily });
    const [dashA, dashB] = await Promise.all([callerA.dashboard.get(), callerB.dashboard.get()]);
    expect(dashB.yourTurn).toContainEqual(
      expect.objectContaining({ id, kind: "responsibility.proposal", detail: "Alex proposed this" }),
    );
    expect(dashA.waitingOnPartner).toContainEqual(expect.objectContaining({ id, kind: "responsibility.proposed" }));
    expect(dashA.yourTurn.filter((item) => item.id === id)).toEqual([]);

    await callerB.responsibilities.suggestChange({
      id,
      title: "Bins on Mondays",
      details: "",
      owner: "me",
      cadence: daily,
      note: "",
    });
    expect((await callerA.dashboard.get()).yourTurn).toContainEqual(
      expect.objectContaining({ id, kind: "responsibility.proposal", detail: "Blair suggested a change" }),
    );
  });

  it("lists today's duties for their owner, the partner's check-offs to thank, and both partners' streaks", async () => {
    const { clock, callerA, callerB } = await coupleAt("2026-03-02T12:00:00Z");
    const id = await agreedByBoth(callerA, callerB);
    const { id: changeId } = await callerB.smallChanges.start({ title: "No phone at dinner", details: "" });
    for (const day of ["02", "03", "04"]) {
      clock.set(new Date(`2026-03-${day}T12:00:00Z`));
      await callerA.responsibilities.checkOff({ id });
      await callerB.smallChanges.checkOff({ id: changeId });
    }
    await callerA.smallChanges.encourage({ id: changeId, message: "Proud of you" });
    clock.set(new Date("2026-03-05T09:00:00Z"));

    const [dashA, dashB] = await Promise.all([callerA.dashboard.get(), callerB.dashboard.get()]);
    expect(dashA.panels.responsibilities?.today).toEqual([
      { id, kind: "responsibility", title: "School run", keptNow: false, streak: 3, weekly: false },
    ]);
    expect(dashB.panels.responsibilities?.today).toEqual([]);
    expect(dashB.panels.smallChanges?.today).toEqual([
      { id: changeId, kind: "change", title: "No phone at dinner", keptNow: false, streak: 3, weekly: false },
    ]);
    expect(dashB.panels.responsibilities?.toAcknowledge.map((c) => c.day)).toEqual([
      "2026-03-04",
      "2026-03-03",
      "2026-03-02",
    ]);
    expect(dashA.panels.responsibilities?.toAcknowledge).toEqual([]);
    expect(dashB.panels.smallChanges?.encouragement).toMatchObject({ message: "Proud of you", fromName: "Alex" });
    for (const dash of [dashA, dashB]) {
      expect(
        [...(dash.panels.responsibilities?.streaks ?? []), ...(dash.panels.smallChanges?.streaks ?? [])].map((s) => [
          s.title,
          s.streak,
          s.unit,
        ]),
      ).toEqual([
        ["School run", 3, "days"],
        ["No phone at dinner", 3, "days"],
      ]);
    }
  });
});
