import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, testClock } from "@/test/harness";

describe("disclosures", () => {
  it("lets either partner tell something, and the other only acknowledge it", async () => {
    const { a, b, callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    const told = await callerB.disclosures.write({ body: "She messaged me on Tuesday. I didn't answer." });
    expect((await callerA.disclosures.list({})).items[0]).toMatchObject({
      id: told.id,
      byMe: false,
      authorName: "Blair",
      canAcknowledge: true,
      canTakeBack: false,
    });

    const clock = testClock(new Date("2026-06-01T21:15:00Z"));
    // Extra fields are dropped: acknowledging takes no words.
    await callerFor(a, { now: clock.now }).disclosures.acknowledge({ id: told.id, reply: "Why?" } as { id: string });
    const seenByB = (await callerFor(b).disclosures.list({})).items[0];
    expect(seenByB).toMatchObject({ byMe: true, acknowledgedAt: clock.now(), canTakeBack: false });
    expect(Object.keys(seenByB ?? {}).sort()).toEqual([
      "acknowledgedAt",
      "authorName",
      "body",
      "byMe",
      "canAcknowledge",
      "canTakeBack",
      "createdAt",
      "id",
    ]);
    expect(JSON.stringify(seenByB)).not.toContain("Why?");
  });

  it("does not let the author acknowledge their own, and keeps the first acknowledgement", async () => {
    const { b, callerA } = await makeCouple();
    const told = await callerA.disclosures.write({ body: "I remembered another night I lied about." });
    await expect(callerA.disclosures.acknowledge({ id: told.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const clock = testClock(new Date("2026-06-01T10:00:00Z"));
    await callerFor(b, { now: clock.now }).disclosures.acknowledge({ id: told.id });
    clock.advance(60_000);
    expect((await callerFor(b, { now: clock.now }).disclosures.acknowledge({ id: told.id })).acknowledgedAt).toEqual(
      new Date("2026-06-01T10:00:00Z"),
    );
  });

  it("lets the author take it back until it is acknowledged, and nobody else ever", async () => {
    const { callerA, callerB } = await makeCouple();
    const first = await callerA.disclosures.write({ body: "Something I'm not sure I'm ready to tell." });
    await expect(callerB.disclosures.takeBack({ id: first.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.disclosures.takeBack({ id: first.id });
    expect((await callerB.disclosures.list({})).items).toEqual([]);

    const second = await callerA.disclosures.write({ body: "I kept the old phone." });
    await callerB.disclosures.acknowledge({ id: second.id });
    await expect(callerA.disclosures.takeBack({ id: second.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("answers another couple's disclosure exactly like a missing one", async () => {
    const [first, second] = await Promise.all([makeCouple(), makeCouple()]);
    const told = await first.callerA.disclosures.write({ body: "Only for us." });
    for (const id of [told.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(second.callerB.disclosures.acknowledge({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(second.callerA.disclosures.takeBack({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await second.callerA.disclosures.list({})).items).toEqual([]);
  });

  it("puts the partner's unacknowledged disclosure under Your turn, and never counts what wasn't told", async () => {
    const { callerA, callerB } = await makeCouple();
    const empty = await callerB.dashboard.get();
    expect(JSON.stringify(empty)).not.toMatch(/disclos/i);

    const told = await callerA.disclosures.write({ body: "I saw him at the station and we talked." });
    const dashboardB = await callerB.dashboard.get();
    expect(dashboardB.yourTurn).toContainEqual(
      expect.objectContaining({
        id: told.id,
        kind: "disclosures.unacknowledged",
        href: `/disclosures#disclosure-${told.id}`,
      }),
    );
    // The dashboard item carries no words of the disclosure.
    expect(JSON.stringify(dashboardB)).not.toContain("station");
    expect((await callerA.dashboard.get()).waitingOnPartner).toContainEqual(
      expect.objectContaining({ id: told.id, kind: "disclosures.awaiting" }),
    );

    await callerB.disclosures.acknowledge({ id: told.id });
    expect((await callerB.dashboard.get()).yourTurn.map((item) => item.id)).not.toContain(told.id);
  });

  it("pages newest first with a keyset cursor", async () => {
    const { a, callerB } = await makeCouple();
    const clock = testClock(new Date("2026-03-01T12:00:00Z"));
    const callerA = callerFor(a, { now: clock.now });
    const written: string[] = [];
    for (let i = 0; i < 5; i++) {
      written.push((await callerA.disclosures.write({ body: `Told ${i}` })).id);
      clock.advance(60_000);
    }
    const firstPage = await callerB.disclosures.list({ limit: 3 });
    const secondPage = await callerB.disclosures.list({ limit: 3, cursor: firstPage.nextCursor });
    expect([...firstPage.items, ...secondPage.items].map((item) => item.id)).toEqual(written.reverse());
    expect(secondPage.nextCursor).toBeNull();
  });

  it("refuses an empty disclosure and one over the limit", async () => {
    const { callerA } = await makeCouple();
    await expect(callerA.disclosures.write({ body: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerA.disclosures.write({ body: "x".repeat(4001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
