import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/root";
import type { Context } from "@/server/trpc";
import { callerFor, db, makeCouple, makeUser, makeWaitingCouple, type TestUser } from "@/test/harness";
import { publishCoupleEvent } from "./bus";
import { RESYNC_TOPIC, type LiveEvent } from "./service";

const PROBE = "test-probe";

/** An open screen of `user`: the live subscription, read one event at a time, closed with `close()`. */
async function openScreen(user: TestUser, coupleId: string, renderedAt?: Date) {
  const controller = new AbortController();
  const context: Context = {
    db,
    session: { userId: user.id, sessionVersion: 0 },
    headers: null,
    now: () => new Date(),
  };
  const caller = createCaller(context, { signal: controller.signal });
  const events = (await caller.live.events(renderedAt && { renderedAt })) as AsyncIterable<LiveEvent>;
  const iterator = events[Symbol.asyncIterator]();
  let pending = iterator.next();
  // Events that arrived while waiting for the probe: kept for the test to read.
  const early: LiveEvent[] = [];
  const read = async () => {
    const kept = early.shift();
    if (kept) return kept;
    for (;;) {
      const result = await pending;
      pending = iterator.next();
      if (result.done) throw new Error("the subscription ended");
      if (result.value.topic !== PROBE) return result.value;
    }
  };
  // The subscription registers on the bus on its first read; a probe only this user can
  // hear tells us it is listening (no sleeping and hoping).
  for (let heard = false; !heard; ) {
    await publishCoupleEvent({ coupleId, topic: PROBE, actorId: user.id, audience: "actor" });
    const first = await Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), 25))]);
    if (first) {
      pending = iterator.next();
      if (first.done) throw new Error("the subscription ended");
      if (first.value.topic === PROBE) heard = true;
      else early.push(first.value);
    }
  }
  return {
    next: read,
    async close() {
      controller.abort();
      return pending;
    },
  };
}

describe("live events", () => {
  it("tells both partners' open screens what changed, and whether the partner did it", async () => {
    const { a, b, coupleId, callerB } = await makeCouple();
    const [screenA, screenB] = await Promise.all([openScreen(a, coupleId), openScreen(b, coupleId)]);

    await callerB.readiness.set({ state: "need_space" });

    expect(await screenA.next()).toMatchObject({ topic: "readiness", byPartner: true });
    expect(await screenB.next()).toMatchObject({ topic: "readiness", byPartner: false });
    await Promise.all([screenA.close(), screenB.close()]);
  });

  it("never delivers one couple's event to another couple", async () => {
    const [first, second] = await Promise.all([makeCouple(["Alex", "Blair"]), makeCouple(["Dana", "Eli"])]);
    const [screenAlex, screenDana] = await Promise.all([
      openScreen(first.a, first.coupleId),
      openScreen(second.a, second.coupleId),
    ]);

    // Interleaved, each with its own topic: a leaked event would arrive before the screen's own.
    await second.callerB.vents.write({ body: "I need to say how lonely last night felt." });
    await first.callerB.timeline.add({ title: "Our first honest talk", occurredOn: "2026-02-01" });
    await second.callerB.readiness.set({ state: "need_space" });
    await first.callerB.readiness.set({ state: "open_to_talk" });

    expect(await screenAlex.next()).toMatchObject({ topic: "timeline", byPartner: true });
    expect(await screenAlex.next()).toMatchObject({ topic: "readiness", byPartner: true });
    expect(await screenDana.next()).toMatchObject({ topic: "vents", byPartner: true });
    expect(await screenDana.next()).toMatchObject({ topic: "readiness", byPartner: true });
    await Promise.all([screenAlex.close(), screenDana.close()]);
  });

  it("sends events with no content: a topic, who acted, and when", async () => {
    const { a, b, coupleId, callerB } = await makeCouple();
    const screenA = await openScreen(a, coupleId);

    await callerB.vents.write({ body: "Private words that must not travel on the live channel." });

    const event = await screenA.next();
    expect(Object.keys(event).sort()).toEqual(["at", "byPartner", "topic"]);
    expect(JSON.stringify(event)).not.toContain("Private words");
    expect(JSON.stringify(event)).not.toContain(b.id);
    expect(JSON.stringify(event)).not.toContain(coupleId);
    await screenA.close();
  });

  it("keeps a change the partner may not see on the actor's own screens", async () => {
    const { a, b, coupleId } = await makeCouple();
    const [screenA, screenB] = await Promise.all([openScreen(a, coupleId), openScreen(b, coupleId)]);

    await publishCoupleEvent({ coupleId, topic: "dates", actorId: b.id, audience: "actor" });
    await publishCoupleEvent({ coupleId, topic: "readiness", actorId: b.id });

    expect(await screenB.next()).toMatchObject({ topic: "dates", byPartner: false });
    // Alex's first event is the couple-wide one: the surprise edit never reached them.
    expect(await screenA.next()).toMatchObject({ topic: "readiness", byPartner: true });
    await Promise.all([screenA.close(), screenB.close()]);
  });

  it("tells the partner who was waiting, on their open screens, that the other joined", async () => {
    const { user, coupleId, invite } = await makeWaitingCouple("Sam");
    const screen = await openScreen(user, coupleId);
    const robin = await makeUser("Robin");

    await callerFor(robin).couple.join({ code: invite.code });

    expect(await screen.next()).toMatchObject({ topic: "couple", byPartner: true });
    // And it is news: the badge counts it.
    expect(await callerFor(user).activity.unread()).toMatchObject({ count: 1 });
    await screen.close();
  });

  it("opens with a resync when the partner acted between the page's render and the connection", async () => {
    const { a, coupleId, callerB } = await makeCouple();
    const renderedAt = new Date();
    await callerB.readiness.set({ state: "need_space" });

    const screen = await openScreen(a, coupleId, renderedAt);
    expect(await screen.next()).toMatchObject({ topic: RESYNC_TOPIC });
    await screen.close();
  });

  it("opens without a resync when nothing happened since the page's render", async () => {
    const { a, coupleId, callerB } = await makeCouple();
    await callerB.readiness.set({ state: "need_space" });
    // Later than any act above, even with the allowance for clocks.
    const screen = await openScreen(a, coupleId, new Date(Date.now() + 60_000));

    await callerB.vents.write({ body: "Something I want you to know." });
    expect(await screen.next()).toMatchObject({ topic: "vents", byPartner: true });
    await screen.close();
  });

  it("ends the subscription when the screen goes away", async () => {
    const { a, coupleId } = await makeCouple();
    const screen = await openScreen(a, coupleId);
    expect(await screen.close()).toMatchObject({ done: true });
  });
});
