import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { keptSafetyChecks } from "@/db/schema";
import { appRouter } from "@/server/root";
import { callerFor, db, makeCouple, testClock } from "@/test/harness";
import { publishCoupleEvent, subscribeToCouple, type CoupleEvent } from "../live/bus";

const PROBE = "safety-test-probe";

type Couple = Awaited<ReturnType<typeof makeCouple>>;

/** Something in every feature, so each of the partner's queries has content to compare. */
async function furnish({ callerA, callerB }: Couple) {
  const request = randomUUID();
  await callerA.forgiveness.send({
    id: request,
    kind: "second_chance",
    ask: "Will you let me show you?",
    whatIAmDoing: "",
  });
  const plan = await callerA.dates.create({
    title: "Dinner",
    startsAt: "2026-01-10T19:00",
    endsAt: "2026-01-10T22:00",
    timeZone: "UTC",
    place: "",
    notes: "",
  });
  const memory = await callerA.memories.create({
    title: "Our first winter",
    happenedOn: "2019-12-14",
    place: "Bergen",
    story: "Snow.",
  });
  await callerA.vents.write({ body: "Heavy day." });
  await callerA.timeline.add({ title: "A walk", occurredOn: "2026-02-01" });
  await callerB.shares.propose({ sections: ["timeline"] });
  return { request, plan: plan.id, memory: memory.id };
}

/** Inputs for the partner's queries that need one; every other query is called without. */
function inputsFor(ids: Awaited<ReturnType<typeof furnish>>): Record<string, unknown> {
  return {
    "couple.previewInvite": { code: "0".repeat(28) },
    "forgiveness.history": {},
    "forgiveness.get": { id: ids.request },
    "vents.list": {},
    "timeline.list": {},
    "dates.list": {},
    "dates.get": { id: ids.plan },
    "dates.calendarFile": { id: ids.plan },
    "memories.list": {},
    "memories.get": { id: ids.memory },
    "checkIns.mine": {},
    "checkIns.partner": {},
    "disclosures.list": {},
  };
}

const queries = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === "query")
  .map(([path]) => path)
  .sort();

/** Every query the partner can call, as the raw response they'd receive. */
async function everythingThePartnerReads(partner: ReturnType<typeof callerFor>, inputs: Record<string, unknown>) {
  const responses: Record<string, string> = {};
  for (const path of queries) {
    const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], partner) as (
      input: unknown,
    ) => Promise<unknown>;
    responses[path] = JSON.stringify(superjson.serialize(await call(inputs[path])));
  }
  return responses;
}

/** Collects every event of the couple, of any audience, between two probes. */
async function eventsDuring(coupleId: string, actorId: string, act: () => Promise<void>) {
  const heard: CoupleEvent[] = [];
  let probes = 0;
  let probed: () => void = () => {};
  const unsubscribe = await subscribeToCouple(coupleId, (event) => {
    if (event.topic === PROBE) {
      probes++;
      probed();
    } else heard.push(event);
  });
  const probe = () =>
    new Promise<void>((resolve) => {
      probed = resolve;
      void publishCoupleEvent({ coupleId, topic: PROBE, actorId, audience: "actor" });
    });
  try {
    await probe();
    await act();
    await probe();
  } finally {
    unsubscribe();
  }
  expect(probes).toBe(2);
  return heard;
}

describe("the private safety check", () => {
  it("changes nothing the partner can read: every query, the dashboard, the activity count, the export, and no live event", async () => {
    const couple = await makeCouple(["Alex", "Blair"]);
    const ids = await furnish(couple);
    const clock = testClock(new Date("2026-03-10T12:00:00Z"));
    const partner = callerFor(couple.b, { now: clock.now });
    const user = callerFor(couple.a, { now: clock.now });
    await partner.activity.markSeen();
    const inputs = inputsFor(ids);
    const before = await everythingThePartnerReads(partner, inputs);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["dashboard.get", "activity.unread", "account.exportData", "shares.list"]),
    );

    const heard = await eventsDuring(couple.coupleId, couple.a.id, async () => {
      await user.safety.kept();
      const kept = await user.safety.keep({ answers: { hurt: 4, insult: 5, threaten: 3, scream: 5 } });
      await user.safety.keep({ answers: { hurt: 1, insult: 1, threaten: 1, scream: 2 } });
      await user.safety.kept();
      await user.safety.forget({ id: kept.id });
    });

    expect(heard).toEqual([]);
    expect(await everythingThePartnerReads(partner, inputs)).toEqual(before);
    // And the same once every kept answer is gone again.
    await user.safety.forgetAll();
    expect(await everythingThePartnerReads(partner, inputs)).toEqual(before);
  });

  it("keeps answers only when asked, scored on the server from the answers alone, for their person only", async () => {
    const { a, b, callerA, callerB } = await makeCouple();
    expect(await callerA.safety.kept()).toEqual([]);
    const kept = await callerA.safety.keep({
      answers: { hurt: 2, insult: 4, threaten: 2, scream: 4 },
      score: 4,
    } as never);
    expect(kept.score).toBe(12);
    expect(await callerA.safety.kept()).toMatchObject([
      { id: kept.id, score: 12, answers: { hurt: 2, insult: 4, threaten: 2, scream: 4 } },
    ]);
    expect(await callerB.safety.kept()).toEqual([]);
    await expect(callerB.safety.forget({ id: kept.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(JSON.stringify(await callerB.account.exportData())).not.toContain(kept.id);
    await callerB.safety.forgetAll();
    expect(await db.select().from(keptSafetyChecks).where(eq(keptSafetyChecks.userId, a.id))).toHaveLength(1);
    expect(b.id).not.toBe(a.id);
  });

  it("refuses answers outside the instrument's scale, naming the field", async () => {
    const { callerA } = await makeCouple();
    const refusal = callerA.safety.keep({ answers: { hurt: 6, insult: 1, threaten: 1, scream: 1 } });
    await expect(refusal).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(refusal).rejects.toThrow(/answers.+hurt|Choose an answer/s);
    expect(await callerA.safety.kept()).toEqual([]);
  });

  it("goes with its person's account", async () => {
    const { a, callerA } = await makeCouple();
    await callerA.safety.keep({ answers: { hurt: 1, insult: 1, threaten: 1, scream: 1 } });
    await callerA.account.deleteAccount({ password: "correct horse battery", confirm: "delete my account" });
    expect(await db.select().from(keptSafetyChecks).where(eq(keptSafetyChecks.userId, a.id))).toEqual([]);
  });
});
