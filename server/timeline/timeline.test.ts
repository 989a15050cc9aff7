import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { recordMilestone } from "@/server/milestones/record";
import { loadViewer, type CoupleViewer } from "@/server/viewer";
import { timelinePageQuery } from "./service";
import { callerFor, db, makeCouple, testClock } from "@/test/harness";

type Page = { items: { id: string; occurredOn: string }[]; nextCursor: { occurredOn: string; id: string } | null };

describe("the timeline", () => {
  it("starts with the day the repair began, as day 1, and counts today", async () => {
    const { a } = await makeCouple(["Alex", "Blair"], "2026-01-01");
    const timeline = await callerFor(a, { now: () => new Date("2026-05-23T12:00:00Z") }).timeline.list({});
    expect(timeline.today).toBe(143);
    expect(timeline.items).toEqual([
      expect.objectContaining({ kind: "began", occurredOn: "2026-01-01", day: 1, canRemove: false }),
    ]);
  });

  it("shows hand-added and recorded milestones to both partners, newest first, each with its day", async () => {
    const { coupleId, a, callerA, callerB } = await makeCouple(["Alex", "Blair"], "2026-01-01");
    await callerA.timeline.add({
      title: "We walked the old route again",
      occurredOn: "2026-02-14",
      note: "It rained. We laughed.",
    });
    await recordMilestone(db, {
      coupleId,
      kind: "forgiveness",
      title: "Forgiveness given",
      occurredOn: "2026-03-01",
      createdBy: a.id,
      sourceId: crypto.randomUUID(),
    });
    await callerB.timeline.add({ title: "The day we met", occurredOn: "2019-06-21" });

    const seenByB = await callerB.timeline.list({});
    expect(seenByB.items.map((item) => [item.kind, item.occurredOn, item.day])).toEqual([
      ["forgiveness", "2026-03-01", 60],
      ["manual", "2026-02-14", 45],
      ["began", "2026-01-01", 1],
      // Before the repair began: part of the story, without a day number.
      ["manual", "2019-06-21", null],
    ]);
    expect(seenByB.items[1]).toMatchObject({
      title: "We walked the old route again",
      note: "It rained. We laughed.",
      canRemove: false,
    });
    expect((await callerA.timeline.list({})).items[1]).toMatchObject({ canRemove: true });
  });

  it("filters by kind", async () => {
    const { coupleId, callerA } = await makeCouple();
    await callerA.timeline.add({ title: "First walk", occurredOn: "2026-02-01" });
    await recordMilestone(db, {
      coupleId,
      kind: "date_kept",
      title: "Dinner at Rosa's",
      occurredOn: "2026-02-10",
      createdBy: null,
      sourceId: crypto.randomUUID(),
    });
    const kept = await callerA.timeline.list({ kind: "date_kept" });
    expect(kept.items.map((item) => item.title)).toEqual(["Dinner at Rosa's"]);
    expect((await callerA.timeline.list({ kind: "manual" })).items.map((item) => item.title)).toEqual(["First walk"]);
  });

  it("pages through ten thousand entries with a keyset cursor, without gaps or repeats", async () => {
    const { coupleId, callerA } = await makeCouple(["Alex", "Blair"], "2000-01-01");
    // Many entries share a day, so the id breaks ties between them.
    await db
      .insert(milestones)
      .select(
        sql`select gen_random_uuid(), ${coupleId}::uuid, 'streak', 'Kept ' || n, null, date '2000-01-02' + (n / 3), null, null, now() from generate_series(1, 9999) as n`,
      );
    const seen = new Set<string>();
    let previous: { occurredOn: string; id: string } | null = null;
    let cursor: Page["nextCursor"] = null;
    let pages = 0;
    do {
      const page: Page = await callerA.timeline.list({ cursor, limit: 100 });
      for (const item of page.items) {
        if (previous) {
          const inOrder =
            item.occurredOn < previous.occurredOn || (item.occurredOn === previous.occurredOn && item.id < previous.id);
          expect(inOrder).toBe(true);
        }
        seen.add(item.id);
        previous = item;
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen.size).toBe(10_000);
    expect(pages).toBe(100);
  });

  it("reads any page in index order, without sorting the couple's history", async () => {
    const { coupleId, a } = await makeCouple();
    await db
      .insert(milestones)
      .select(
        sql`select gen_random_uuid(), ${coupleId}::uuid, 'streak', 'Kept ' || n, null, date '2000-01-01' + n, null, null, now() from generate_series(1, 5000) as n`,
      );
    await db.execute(sql`analyze milestones`);
    const viewer = (await loadViewer(db, a.id, 0)) as CoupleViewer;
    for (const cursor of [null, { occurredOn: "2005-01-01", id: "00000000-0000-4000-8000-000000000000" }]) {
      const query = timelinePageQuery(db, viewer, { cursor, limit: 30 }).toSQL();
      const plan = await db.$client.unsafe(`explain ${query.sql}`, query.params as never[]);
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("milestones_couple_timeline_idx");
      expect(text).not.toMatch(/\bSort\b/);
    }
  });

  it("keeps milestones to the couple that lived them", async () => {
    const [first, second] = await Promise.all([makeCouple(), makeCouple()]);
    const { id } = await first.callerA.timeline.add({ title: "Our own moment", occurredOn: "2026-02-01" });
    expect((await second.callerA.timeline.list({})).items.map((item) => item.title)).not.toContain("Our own moment");
    await expect(second.callerA.timeline.remove({ id: id! })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not accept a milestone in the future, where the person lives", async () => {
    const { a } = await makeCouple();
    const clock = testClock(new Date("2026-05-10T23:30:00Z"));
    await callerFor(a).account.updateProfile({ name: "Alex", timeZone: "Pacific/Auckland" });
    const caller = callerFor(a, { now: clock.now });
    // Already the 11th in Auckland.
    await caller.timeline.add({ title: "Breakfast together", occurredOn: "2026-05-11" });
    await expect(caller.timeline.add({ title: "Too soon", occurredOn: "2026-05-12" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { field: "occurredOn" },
    });
  });

  it("lets the author remove a hand-added milestone, never a recorded one", async () => {
    const { coupleId, a, callerA, callerB } = await makeCouple();
    const { id } = await callerA.timeline.add({ title: "Typo'd moment", occurredOn: "2026-02-01" });
    await expect(callerB.timeline.remove({ id: id! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const began = (await callerA.timeline.list({ kind: "began" })).items[0]!;
    await expect(callerA.timeline.remove({ id: began.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Recorded by the app for A's own streak: still not A's to remove.
    const streak = await recordMilestone(db, {
      coupleId,
      kind: "streak",
      title: "Alex kept “Walk” 7 days in a row",
      occurredOn: "2026-02-08",
      createdBy: a.id,
      sourceId: crypto.randomUUID(),
    });
    await expect(callerA.timeline.remove({ id: streak! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.timeline.remove({ id: id! });
    expect((await callerB.timeline.list({ kind: "manual" })).items).toEqual([]);
    const kept = await db.select({ kind: milestones.kind }).from(milestones).where(eq(milestones.coupleId, coupleId));
    expect(kept.map((row) => row.kind).sort()).toEqual(["began", "streak"]);
  });

  it("refuses a milestone without a title or with an impossible date", async () => {
    const { callerA } = await makeCouple();
    await expect(callerA.timeline.add({ title: " ", occurredOn: "2026-02-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(callerA.timeline.add({ title: "Hm", occurredOn: "2026-02-30" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(callerA.timeline.add({ title: "x".repeat(121), occurredOn: "2026-02-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
