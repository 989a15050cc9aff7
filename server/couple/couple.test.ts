import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { coupleInvites, coupleMembers, couples, milestones } from "@/db/schema";
import { callerFor, db, makeCouple, makeUser, makeWaitingCouple, testClock } from "@/test/harness";
import { hashInviteCode } from "../domain/invite-code";

describe("creating a couple space", () => {
  it("puts the creator in it with an invite, and records the day the repair began", async () => {
    const user = await makeUser("Ash");
    const result = await callerFor(user).couple.create({ repairBeganOn: "2026-04-02" });
    expect(result.invite.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);
    const [members, [began]] = await Promise.all([
      db.select().from(coupleMembers).where(eq(coupleMembers.coupleId, result.coupleId)),
      db.select().from(milestones).where(eq(milestones.coupleId, result.coupleId)),
    ]);
    expect(members).toHaveLength(1);
    expect(began).toMatchObject({ kind: "began", occurredOn: "2026-04-02" });
  });

  it("keeps only a hash of the invite code", async () => {
    const { coupleId, invite } = await makeWaitingCouple();
    const [stored] = await db.select().from(coupleInvites).where(eq(coupleInvites.coupleId, coupleId));
    expect(stored!.codeHash).toBe(hashInviteCode(invite.code));
    expect(JSON.stringify(stored)).not.toContain(invite.code.replaceAll("-", ""));
  });

  it("refuses a date that isn't a date", async () => {
    const user = await makeUser("Bo");
    await expect(callerFor(user).couple.create({ repairBeganOn: "yesterday" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("joining through an invite", () => {
  it("links the partner, and both then see each other", async () => {
    const { user, invite, caller } = await makeWaitingCouple("Cam");
    const partner = await makeUser("Dee");
    await expect(callerFor(null).couple.previewInvite({ code: invite.code })).resolves.toMatchObject({
      valid: true,
      inviterName: "Cam",
    });
    await callerFor(partner).couple.join({ code: invite.code.toLowerCase() });
    expect((await caller.account.me()).partner).toMatchObject({ id: partner.id, name: "Dee" });
    expect((await callerFor(partner).account.me()).partner).toMatchObject({ id: user.id, name: "Cam" });
  });

  it("lets exactly one of ten people redeem one code at the same time", async () => {
    const { coupleId, invite } = await makeWaitingCouple("Eve");
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => makeUser(`Racer${i}`)));
    const results = await Promise.allSettled(
      people.map((person) => callerFor(person).couple.join({ code: invite.code })),
    );
    const joined = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason as { code: string; message: string }] : [],
    );
    expect(joined).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const error of refused) {
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/already been used|already has two partners/);
    }
    const members = await db.select().from(coupleMembers).where(eq(coupleMembers.coupleId, coupleId));
    expect(members).toHaveLength(2);
  });

  it("tells why a spent, cancelled, expired or unknown code can't be used", async () => {
    const clock = testClock(new Date("2026-06-01T12:00:00Z"));
    const spent = await makeCouple();
    const outsider = await makeUser("Fay");
    const [row] = await db.select().from(coupleInvites).where(eq(coupleInvites.coupleId, spent.coupleId));
    expect(row!.redeemedBy).toBe(spent.b.id);

    const cancelled = await makeWaitingCouple("Gus");
    await cancelled.caller.couple.revokeInvite();
    await expect(callerFor(outsider).couple.join({ code: cancelled.invite.code })).rejects.toThrow(/cancelled/);

    const expiring = await makeWaitingCouple("Hal");
    clock.set(new Date(Date.now() + 8 * 86_400_000));
    await expect(callerFor(outsider, { now: clock.now }).couple.join({ code: expiring.invite.code })).rejects.toThrow(
      /expired/,
    );
    await expect(
      callerFor(null, { now: clock.now }).couple.previewInvite({ code: expiring.invite.code }),
    ).resolves.toMatchObject({
      valid: false,
      reason: expect.stringMatching(/expired/),
    });

    await expect(callerFor(outsider).couple.join({ code: "0000-0000-0000-0000-0000-0000-00" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(outsider).couple.join({ code: "not a code" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the creator redeeming their own invite", async () => {
    const { invite, user } = await makeWaitingCouple("Ira");
    await db.update(coupleMembers).set({ active: false }).where(eq(coupleMembers.userId, user.id));
    await expect(callerFor(user).couple.join({ code: invite.code })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("replacing an invite makes the old link stop working at once", async () => {
    const { invite, caller } = await makeWaitingCouple("Jo");
    const fresh = await caller.couple.replaceInvite();
    const partner = await makeUser("Kit");
    await expect(callerFor(partner).couple.join({ code: invite.code })).rejects.toThrow(/cancelled/);
    await callerFor(partner).couple.join({ code: fresh.code });
    await expect(caller.couple.replaceInvite()).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the database itself", () => {
  it("refuses a third member in a couple", async () => {
    const { coupleId } = await makeCouple();
    const third = await makeUser("Third");
    await expect(db.insert(coupleMembers).values({ coupleId, seat: 3, userId: third.id })).rejects.toThrow();
    await expect(db.insert(coupleMembers).values({ coupleId, seat: 2, userId: third.id })).rejects.toThrow();
  });

  it("refuses a person in two active couples", async () => {
    const { a } = await makeCouple();
    const other = await makeWaitingCouple("Lee");
    await expect(
      db.insert(coupleMembers).values({ coupleId: other.coupleId, seat: 2, userId: a.id }),
    ).rejects.toThrow();
  });
});

describe("unlinking", () => {
  it("archives the space for both, deletes nothing, and lets each start anew", async () => {
    const { coupleId, a, b, callerA, callerB } = await makeCouple();
    await expect(callerA.couple.unlink({ confirm: false } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await callerA.couple.unlink({ confirm: true });

    const [couple] = await db.select().from(couples).where(eq(couples.id, coupleId));
    expect(couple!.status).toBe("archived");
    const members = await db
      .select()
      .from(coupleMembers)
      .where(and(eq(coupleMembers.coupleId, coupleId)));
    expect(members.map((member) => member.active)).toEqual([false, false]);
    expect(await db.select().from(milestones).where(eq(milestones.coupleId, coupleId))).toHaveLength(1);

    await expect(callerB.dashboard.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(a).couple.create({ repairBeganOn: "2026-07-01" })).resolves.toBeTruthy();
    await expect(callerFor(b).couple.create({ repairBeganOn: "2026-07-01" })).resolves.toBeTruthy();
  });

  it("keeps the closed space readable by both former partners, and by no one else", async () => {
    const { coupleId, a, b, callerA } = await makeCouple(["Nia", "Oli"]);
    await callerA.couple.unlink({ confirm: true });
    const [fromA] = await callerFor(a).couple.archived();
    const [fromB] = await callerFor(b).couple.archived();
    expect(fromA).toMatchObject({
      id: coupleId,
      partnerName: "Oli",
      milestones: [expect.objectContaining({ kind: "began" })],
    });
    expect(fromB).toMatchObject({ id: coupleId, partnerName: "Nia" });
    const outsider = await makeUser("Pat");
    await expect(callerFor(outsider).couple.archived()).resolves.toEqual([]);
  });
});
