import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, testClock } from "@/test/harness";

/**
 * The surprised partner may know a surprise's day and rough time of day, nothing finer.
 * They plant plans of their own at known times around it and page through the list with
 * every page size and with the surprise itself as a cursor: what they see must be the same
 * whatever the hidden start within that part of the day.
 */
const NOW = new Date("2026-12-01T09:00:00Z");
// Blair lives in Oslo: on Blair's clock the evening is 17:00–21:00.
const HIDDEN_STARTS = ["17:00", "17:01", "18:15", "19:37", "20:59"];
const BLAIRS_PLANS = ["16:59", "17:00", "17:30", "18:30", "19:38", "20:00", "20:59", "21:00", "21:30"];

type Caller = ReturnType<typeof callerFor>;

/** Every page of the upcoming list at this page size, as ids, with each page's cursor; and the same starting from each plan as a cursor. */
async function everythingListed(caller: Caller, limit: number) {
  const pages: { ids: string[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const page: { plans: { id: string }[]; nextCursor: string | null } = await caller.dates.list({
      when: "upcoming",
      cursor,
      limit,
    });
    pages.push({ ids: page.plans.map((plan) => plan.id), nextCursor: page.nextCursor });
    cursor = page.nextCursor;
  } while (cursor);
  const fromEach: Record<string, string[]> = {};
  for (const id of pages.flatMap((page) => page.ids)) {
    const after = await caller.dates.list({ when: "upcoming", cursor: id, limit: 50 });
    fromEach[id] = after.plans.map((plan) => plan.id);
  }
  return { pages, fromEach, count: pages.reduce((sum, page) => sum + page.ids.length, 0) };
}

describe("a surprise's place in the surprised partner's list", () => {
  it("is the same whatever its hidden start within the same time of day, in order, cursors and counts", async () => {
    const couple = await makeCouple(["Alex", "Blair"]);
    await couple.callerB.account.updateProfile({ name: "Blair", timeZone: "Europe/Oslo" });
    const clock = testClock(NOW);
    const planner = callerFor(couple.a, { now: clock.now });
    const surprised = callerFor(couple.b, { now: clock.now });
    for (const time of BLAIRS_PLANS) {
      await surprised.dates.create({
        title: `Mine at ${time}`,
        startsAt: `2026-12-12T${time}`,
        endsAt: "2026-12-12T23:59",
        timeZone: "Europe/Oslo",
        place: "",
        notes: "",
      });
    }
    const plan = {
      title: "Dinner at the lighthouse",
      endsAt: "2026-12-12T23:30",
      timeZone: "Europe/Oslo",
      place: "The lighthouse",
      notes: "",
      surprise: { revealAt: "2026-12-12T12:00", hints: ["Bring a scarf"] },
    };
    const created = await planner.dates.create({ ...plan, startsAt: `2026-12-12T${HIDDEN_STARTS[0]}` });

    const seen: unknown[] = [];
    let version = (created as { version: number }).version;
    for (const start of HIDDEN_STARTS) {
      if (start !== HIDDEN_STARTS[0]) {
        version = (
          (await planner.dates.update({ ...plan, id: created.id, version, startsAt: `2026-12-12T${start}` })) as {
            version: number;
          }
        ).version;
      }
      const view = {
        byPageSize: [] as unknown[],
        surprise: (await surprised.dates.list({ when: "upcoming", limit: 50 })).plans.find((p) => p.id === created.id),
      };
      for (const limit of [1, 2, 3, 4, 50]) view.byPageSize.push(await everythingListed(surprised, limit));
      // The dashboard's upcoming dates (the first few) sort the same way as the list.
      const dashboard = await surprised.dashboard.get();
      seen.push({ ...view, dashboard: dashboard.panels.dates?.upcoming.map((line) => line.id) });
    }
    for (const view of seen.slice(1)) expect(view).toEqual(seen[0]);

    // The planner, who knows, sees it at its real time: the test would notice if nothing moved at all.
    const plannerOrder = (await planner.dates.list({ when: "upcoming", limit: 50 })).plans.map((p) => p.id);
    const mine = (await surprised.dates.list({ when: "upcoming", limit: 50 })).plans.map((p) => p.id);
    expect(plannerOrder).not.toEqual(mine);
    expect(mine).toHaveLength(BLAIRS_PLANS.length + 1);
  });

  it("sorts at the start of its time of day: after what came before the evening, before every evening plan of the same day that isn't at 17:00", async () => {
    const couple = await makeCouple(["Alex", "Blair"]);
    const clock = testClock(NOW);
    const planner = callerFor(couple.a, { now: clock.now });
    const surprised = callerFor(couple.b, { now: clock.now });
    const early = await surprised.dates.create({
      title: "Tea",
      startsAt: "2026-12-12T16:30",
      endsAt: "2026-12-12T16:45",
      timeZone: "UTC",
      place: "",
      notes: "",
    });
    const late = await surprised.dates.create({
      title: "Film",
      startsAt: "2026-12-12T17:05",
      endsAt: "2026-12-12T19:00",
      timeZone: "UTC",
      place: "",
      notes: "",
    });
    const surprise = await planner.dates.create({
      title: "Secret",
      startsAt: "2026-12-12T20:30",
      endsAt: "2026-12-12T22:00",
      timeZone: "UTC",
      place: "",
      notes: "",
      surprise: { revealAt: "2026-12-12T12:00", hints: [] },
    });
    expect((await surprised.dates.list({ when: "upcoming", limit: 50 })).plans.map((p) => p.id)).toEqual([
      early.id,
      surprise.id,
      late.id,
    ]);
    // Once revealed, it takes its real place.
    clock.set(new Date("2026-12-12T12:00:00Z"));
    expect((await surprised.dates.list({ when: "upcoming", limit: 50 })).plans.map((p) => p.id)).toEqual([
      early.id,
      late.id,
      surprise.id,
    ]);
  });
});
