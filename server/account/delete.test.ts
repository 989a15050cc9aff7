import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import {
  couples,
  coupleMembers,
  datePlans,
  dateReflections,
  forgivenessRequests,
  memories,
  milestones,
  responsibilities,
  users,
  vents,
} from "@/db/schema";
import { callerFor, db, makeCouple, makeWaitingCouple, testClock } from "@/test/harness";
import { authenticate } from "./service";

const password = "correct horse battery";
const confirm = "delete my account" as const;
const daily = { kind: "daily" as const, days: [] };

describe("deleting my account", () => {
  it("removes me and everything I wrote, and keeps my partner's words readable in their archive", async () => {
    const { a, b, coupleId, callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    // Mine.
    await callerA.vents.write({ body: "Alex's vent" });
    await callerA.forgiveness.send({ id: randomUUID(), kind: "second_chance", ask: "Alex asks", whatIAmDoing: "" });
    await callerA.memories.create({ title: "Alex's memory", happenedOn: "2020-05-01", place: "", story: "" });
    await callerA.smallChanges.start({ title: "Alex's small change", details: "" });
    await callerA.responsibilities.propose({ title: "Alex's own chore", details: "", owner: "me", cadence: daily });
    // My partner's, some of them pointing at me.
    const theirVent = await callerB.vents.write({ body: "Blair's vent" });
    await callerA.vents.acknowledge({ id: theirVent.id });
    const theirRequest = randomUUID();
    await callerB.forgiveness.send({ id: theirRequest, kind: "second_chance", ask: "Blair asks", whatIAmDoing: "" });
    await callerB.memories.create({ title: "Blair's memory", happenedOn: "2020-06-01", place: "", story: "" });
    const proposedByMe = await callerA.responsibilities.propose({
      title: "Blair's chore",
      details: "",
      owner: "partner",
      cadence: daily,
    });
    await callerB.responsibilities.agree({ id: proposedByMe.id });

    await expect(callerA.account.deleteAccount({ password, confirm })).resolves.toEqual({ deleted: true });

    expect(await db.select().from(users).where(eq(users.id, a.id))).toEqual([]);
    const [space] = await db.select().from(couples).where(eq(couples.id, coupleId));
    expect(space).toMatchObject({ status: "archived" });
    expect(
      await db.select({ active: coupleMembers.active }).from(coupleMembers).where(eq(coupleMembers.coupleId, coupleId)),
    ).toEqual([{ active: false }]);

    const ventsLeft = await db.select().from(vents).where(eq(vents.coupleId, coupleId));
    expect(ventsLeft).toHaveLength(1);
    expect(ventsLeft[0]).toMatchObject({
      body: "Blair's vent",
      authorId: b.id,
      acknowledgedBy: null,
      acknowledgedAt: expect.any(Date),
    });

    const requestsLeft = await db.select().from(forgivenessRequests).where(eq(forgivenessRequests.coupleId, coupleId));
    expect(requestsLeft).toHaveLength(1);
    expect(requestsLeft[0]).toMatchObject({ id: theirRequest, ask: "Blair asks", recipientId: null, status: "open" });

    const memoriesLeft = await db
      .select({ title: memories.title })
      .from(memories)
      .where(eq(memories.coupleId, coupleId));
    expect(memoriesLeft).toEqual([{ title: "Blair's memory" }]);

    const responsibilitiesLeft = await db
      .select()
      .from(responsibilities)
      .where(eq(responsibilities.coupleId, coupleId));
    expect(responsibilitiesLeft).toHaveLength(1);
    expect(responsibilitiesLeft[0]).toMatchObject({
      title: "Blair's chore",
      ownerId: b.id,
      proposedBy: null,
      status: "agreed",
    });

    // My partner is out of the shared space, and finds it among their past spaces.
    const blair = await callerB.account.me();
    expect(blair.couple).toBeNull();
    const archived = await callerB.couple.archived();
    expect(archived.map((s) => s.id)).toEqual([coupleId]);
    expect(JSON.stringify(await callerB.account.exportData())).toContain("Blair's vent");
  });

  it("stops me signing in, and ends my sessions", async () => {
    const { a, callerA } = await makeCouple(["Alex", "Blair"]);
    await callerA.account.deleteAccount({ password, confirm });
    await expect(authenticate(db, { email: a.email, password }, null)).resolves.toBeNull();
    await expect(callerA.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a wrong password or a missing confirmation, and deletes nothing", async () => {
    const { a, coupleId, callerA } = await makeCouple(["Alex", "Blair"]);
    await callerA.vents.write({ body: "Still here" });
    await expect(callerA.account.deleteAccount({ password: "not my password", confirm })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That isn't your password.",
    });
    await expect(callerA.account.deleteAccount({ password } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerA.account.deleteAccount({ password, confirm: "delete" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, a.id))).toHaveLength(1);
    expect(await db.select({ status: couples.status }).from(couples).where(eq(couples.id, coupleId))).toEqual([
      { status: "active" },
    ]);
    expect(await db.select({ body: vents.body }).from(vents).where(eq(vents.coupleId, coupleId))).toEqual([
      { body: "Still here" },
    ]);
  });

  it("removes a space no partner ever joined, since no one is left to keep it for", async () => {
    const { user, coupleId, caller } = await makeWaitingCouple("Casey");
    await caller.account.deleteAccount({ password, confirm });
    expect(await db.select().from(couples).where(eq(couples.id, coupleId))).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
  });

  it("keeps a date I planned when my partner wrote about it, so their reflection stays", async () => {
    const { a, b, coupleId } = await makeCouple(["Alex", "Blair"]);
    const clock = testClock(new Date("2026-11-23T10:00:00Z"));
    const callerA = callerFor(a, { now: clock.now });
    const callerB = callerFor(b, { now: clock.now });
    const walk = await callerA.dates.create({
      title: "Walk",
      startsAt: "2026-11-23T12:00",
      endsAt: "2026-11-23T13:00",
      timeZone: "UTC",
    });
    const dinner = await callerA.dates.create({
      title: "Dinner",
      startsAt: "2026-11-30T19:00",
      endsAt: "2026-11-30T21:00",
      timeZone: "UTC",
    });
    clock.set(new Date("2026-11-23T14:00:00Z"));
    await callerA.dates.setStatus({ id: walk.id, version: 1, status: "done" });
    await callerB.dates.reflect({ planId: walk.id, body: "Blair loved the walk" });
    await callerA.dates.reflect({ planId: walk.id, body: "Alex loved it too" });

    await callerA.account.deleteAccount({ password, confirm });
    const plans = await db
      .select({ id: datePlans.id, createdBy: datePlans.createdBy })
      .from(datePlans)
      .where(eq(datePlans.coupleId, coupleId));
    expect(plans).toEqual([{ id: walk.id, createdBy: null }]);
    expect(plans.map((p) => p.id)).not.toContain(dinner.id);
    const reflections = await db
      .select({ body: dateReflections.body })
      .from(dateReflections)
      .where(inArray(dateReflections.planId, [walk.id]));
    expect(reflections).toEqual([{ body: "Blair loved the walk" }]);
  });

  it("removes the milestones I wrote, and keeps the moments we shared in my partner's timeline", async () => {
    const { coupleId, callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.timeline.add({ title: "Alex's own moment", occurredOn: "2026-02-01" });
    await callerB.timeline.add({ title: "Blair's own moment", occurredOn: "2026-02-02" });
    await callerA.account.deleteAccount({ password, confirm });
    const left = await db
      .select({ title: milestones.title, createdBy: milestones.createdBy })
      .from(milestones)
      .where(eq(milestones.coupleId, coupleId));
    expect(left.map((m) => m.title).sort()).toEqual(["Blair's own moment", "We began mending"]);
    expect(left.find((m) => m.title === "We began mending")).toMatchObject({ createdBy: null });
  });
});
