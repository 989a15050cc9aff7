import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, testClock } from "@/test/harness";

describe("vents", () => {
  it("lets the partner only acknowledge, and shows the author when it was acknowledged", async () => {
    const { a, b, callerA } = await makeCouple();
    const vent = await callerA.vents.write({ body: "When you went quiet at dinner I felt invisible again." });

    const clock = testClock(new Date("2026-06-01T21:15:00Z"));
    const seenByB = (await callerFor(b).vents.list({})).items[0];
    expect(seenByB).toMatchObject({
      id: vent.id,
      byMe: false,
      authorName: a.name,
      canAcknowledge: true,
      canDelete: false,
    });

    await callerFor(b, { now: clock.now }).vents.acknowledge({ id: vent.id });

    const seenByA = (await callerA.vents.list({})).items[0];
    expect(seenByA).toMatchObject({
      id: vent.id,
      byMe: true,
      acknowledgedAt: clock.now(),
      canAcknowledge: false,
      canDelete: true,
    });
    expect((await callerFor(b).vents.list({})).items[0]).toMatchObject({ canAcknowledge: false });
  });

  it("has no way to answer back: a vent carries no reply and acknowledging takes no words", async () => {
    const { callerA, callerB } = await makeCouple();
    const vent = await callerA.vents.write({ body: "I am still angry about the messages." });
    // Extra fields are dropped by the input schema; nothing but the acknowledgement is stored.
    await callerB.vents.acknowledge({ id: vent.id, reply: "But you also…" } as { id: string });
    const seenByA = (await callerA.vents.list({})).items[0];
    expect(Object.keys(seenByA ?? {}).sort()).toEqual(
      ["acknowledgedAt", "authorName", "body", "byMe", "canAcknowledge", "canDelete", "createdAt", "id"].sort(),
    );
    expect(JSON.stringify(seenByA)).not.toContain("But you also");
  });

  it("does not let the author acknowledge their own vent", async () => {
    const { callerA } = await makeCouple();
    const vent = await callerA.vents.write({ body: "I feel like I'm carrying this alone." });
    await expect(callerA.vents.acknowledge({ id: vent.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps the first acknowledgement when it is given twice", async () => {
    const { b, callerA } = await makeCouple();
    const vent = await callerA.vents.write({ body: "Today was hard." });
    const clock = testClock(new Date("2026-06-01T10:00:00Z"));
    const callerB = callerFor(b, { now: clock.now });
    await callerB.vents.acknowledge({ id: vent.id });
    clock.advance(60_000);
    const again = await callerB.vents.acknowledge({ id: vent.id });
    expect(again.acknowledgedAt).toEqual(new Date("2026-06-01T10:00:00Z"));
  });

  it("lets the author delete their own vent, and nobody else", async () => {
    const { callerA, callerB } = await makeCouple();
    const vent = await callerA.vents.write({ body: "Words I may want to take back." });
    await expect(callerB.vents.remove({ id: vent.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.vents.remove({ id: vent.id });
    expect((await callerB.vents.list({})).items).toEqual([]);
  });

  it("answers another couple's vent exactly like a missing one", async () => {
    const [first, second] = await Promise.all([makeCouple(), makeCouple()]);
    const vent = await first.callerA.vents.write({ body: "Only for us." });
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const id of [vent.id, missing]) {
      await expect(second.callerB.vents.acknowledge({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(second.callerA.vents.remove({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await second.callerA.vents.list({})).items).toEqual([]);
  });

  it("puts the partner's unacknowledged vents under Your turn, and mine under Waiting", async () => {
    const { callerA, callerB } = await makeCouple();
    const vent = await callerA.vents.write({ body: "I keep replaying that night." });

    const dashboardB = await callerB.dashboard.get();
    expect(dashboardB.yourTurn).toContainEqual(
      expect.objectContaining({ id: vent.id, kind: "vents.unacknowledged", href: `/vents#vent-${vent.id}` }),
    );
    const dashboardA = await callerA.dashboard.get();
    expect(dashboardA.waitingOnPartner).toContainEqual(
      expect.objectContaining({ id: vent.id, kind: "vents.awaiting" }),
    );
    expect(dashboardA.yourTurn.map((item) => item.id)).not.toContain(vent.id);

    await callerB.vents.acknowledge({ id: vent.id });
    expect((await callerB.dashboard.get()).yourTurn.map((item) => item.id)).not.toContain(vent.id);
    expect((await callerA.dashboard.get()).waitingOnPartner.map((item) => item.id)).not.toContain(vent.id);
  });

  it("pages newest first with a keyset cursor, without gaps or repeats", async () => {
    const { a, callerB } = await makeCouple();
    const clock = testClock(new Date("2026-03-01T12:00:00Z"));
    const callerA = callerFor(a, { now: clock.now });
    const written: string[] = [];
    for (let i = 0; i < 7; i++) {
      written.push((await callerA.vents.write({ body: `Vent ${i}` })).id);
      // Two share a moment, so the id breaks the tie.
      if (i !== 3) clock.advance(60_000);
    }
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    do {
      const page: Awaited<ReturnType<typeof callerB.vents.list>> = await callerB.vents.list({ cursor, limit: 3 });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 2)).toEqual([written[6], written[5]]);
    expect(new Set(seen.slice(2, 4))).toEqual(new Set([written[4], written[3]]));
    expect(seen.slice(4)).toEqual([written[2], written[1], written[0]]);
  });

  it("refuses an empty vent and one over the limit", async () => {
    const { callerA } = await makeCouple();
    await expect(callerA.vents.write({ body: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerA.vents.write({ body: "x".repeat(4001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
