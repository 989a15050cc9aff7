import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, testClock } from "@/test/harness";

const MONDAY = new Date("2026-11-23T10:00:00Z");

/** What the export file would hold: the procedure's answer as plain JSON text. */
async function rawExport(caller: ReturnType<typeof callerFor>) {
  return JSON.stringify(await caller.account.exportData());
}

describe("exporting my data", () => {
  it("includes my own drafts and what my partner sent me, never the words of my partner's drafts", async () => {
    const { a, callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.forgiveness.saveDraft({ id: randomUUID(), kind: "forgiveness", whatIDid: "My own unsent words" });
    await callerB.forgiveness.saveDraft({ id: randomUUID(), kind: "second_chance", ask: "Blair's private draft" });
    await callerB.forgiveness.send({
      id: randomUUID(),
      kind: "second_chance",
      ask: "Blair's sent ask",
      whatIAmDoing: "",
    });
    await callerB.vents.write({ body: "Blair's vent" });

    const raw = await rawExport(callerFor(a));
    expect(raw).toContain("My own unsent words");
    expect(raw).toContain("Blair's sent ask");
    expect(raw).toContain("Blair's vent");
    expect(raw).not.toContain("Blair's private draft");
  });

  it("holds my account but never a password hash, a session version or my partner's email", async () => {
    const { a, b, callerA } = await makeCouple(["Alex", "Blair"]);
    const raw = await rawExport(callerA);
    const data = JSON.parse(raw);
    expect(data.account).toMatchObject({ id: a.id, name: "Alex", email: a.email });
    expect(data.spaces[0].partner).toEqual({ name: "Blair" });
    expect(raw).not.toMatch(/scrypt\$/);
    expect(raw).not.toMatch(/passwordHash|password_hash|sessionVersion|session_version/);
    expect(raw).not.toContain(b.email);
  });

  it("shows a surprise my partner is planning for me only as its public face until the reveal, then in full", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    const clock = testClock(MONDAY);
    const planner = callerFor(a, { now: clock.now });
    const surprised = callerFor(b, { now: clock.now });
    await planner.dates.create({
      title: "Secret supper at the lighthouse",
      startsAt: "2026-11-28T19:00",
      endsAt: "2026-11-28T22:00",
      timeZone: "UTC",
      place: "The old lighthouse",
      notes: "Bring the blue scarf",
      surprise: { revealAt: "2026-11-28T12:00", hints: ["Dress warm"] },
    });

    const before = await rawExport(surprised);
    expect(before).toContain("Dress warm");
    expect(before).toContain('"timeOfDay":"evening"');
    expect(before).toContain('"day":"2026-11-28"');
    for (const secret of ["Secret supper", "old lighthouse", "blue scarf"]) expect(before).not.toContain(secret);
    // The planner has it all, all along.
    expect(await rawExport(planner)).toContain("Secret supper at the lighthouse");

    clock.set(new Date("2026-11-28T12:00:00Z"));
    const after = await rawExport(surprised);
    for (const secret of ["Secret supper", "old lighthouse", "blue scarf"]) expect(after).toContain(secret);
  });

  it("shows my partner's reflection on a date only once it is shown in the app", async () => {
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    const clock = testClock(MONDAY);
    const callerA = callerFor(a, { now: clock.now });
    const callerB = callerFor(b, { now: clock.now });
    const plan = await callerA.dates.create({
      title: "Walk by the river",
      startsAt: "2026-11-23T12:00",
      endsAt: "2026-11-23T14:00",
      timeZone: "UTC",
    });
    clock.set(new Date("2026-11-23T15:00:00Z"));
    await callerA.dates.setStatus({ id: plan.id, version: 1, status: "done" });
    await callerB.dates.reflect({ planId: plan.id, body: "Blair's reflection on the walk" });

    expect(await rawExport(callerA)).not.toContain("Blair's reflection on the walk");
    await callerA.dates.reflect({ planId: plan.id, body: "Alex's reflection" });
    expect(await rawExport(callerA)).toContain("Blair's reflection on the walk");
  });

  it("shows my partner's reaction to an idea only where I have reacted too", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    const idea = await callerB.dates.addIdea({ title: "Pottery class", description: "", category: "new_together" });
    await callerB.dates.react({ ideaId: idea.id, reaction: "maybe" });
    const reactionsOf = async () =>
      JSON.parse(await rawExport(callerA)).spaces[0].dateIdeas.reactions as { person: string }[];
    expect(await reactionsOf()).toEqual([]);
    await callerA.dates.react({ ideaId: idea.id, reaction: "yes" });
    expect((await reactionsOf()).map((r) => r.person).sort()).toEqual(["Alex", "Blair"]);
  });

  it("covers every space I was in, the archived ones too, and no word of another couple", async () => {
    const first = await makeCouple(["Alex", "Blair"]);
    const stranger = await makeCouple(["Dana", "Eli"]);
    await first.callerA.vents.write({ body: "Written in our first space" });
    await stranger.callerA.vents.write({ body: "Dana's words for Eli only" });
    await first.callerA.couple.unlink({ confirm: true });

    const data = JSON.parse(await rawExport(first.callerA));
    expect(data.spaces).toHaveLength(1);
    expect(data.spaces[0]).toMatchObject({ status: "archived", partner: { name: "Blair" } });
    const raw = JSON.stringify(data);
    expect(raw).toContain("Written in our first space");
    expect(raw).not.toContain("Dana's words for Eli only");
    expect(raw).not.toContain(stranger.a.email);
  });
});
