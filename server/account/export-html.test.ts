import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor, makeCouple, testClock } from "@/test/harness";
import { renderExportHtml, text } from "./export-html";

const MONDAY = new Date("2026-11-23T10:00:00Z");

async function readableExport(caller: ReturnType<typeof callerFor>) {
  return renderExportHtml(await caller.account.exportData());
}

describe("the readable export", () => {
  it("is one self-contained page: no scripts, nothing fetched, a policy that forbids both", async () => {
    const { callerA } = await makeCouple(["Alex", "Blair"]);
    const html = await readableExport(callerA);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|@import|url\(/i);
    expect(html).toContain("@media print");
    expect(html).toContain("<h1>Alex’s journey</h1>");
    expect(html).toContain("We began mending");
  });

  it("shows words as words: markup anyone wrote is escaped, never run", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    const hostile = `</p><script>alert("x")</script><img src=x onerror='steal()'>`;
    await callerA.vents.write({ body: hostile });
    await callerB.forgiveness.send({
      id: randomUUID(),
      kind: "second_chance",
      ask: `Please ${hostile}`,
      whatIAmDoing: "",
    });
    await callerA.memories.create({ title: `A day <b>out</b>`, happenedOn: "2026-10-01", place: "", story: "" });

    const html = await readableExport(callerA);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>out</b>");
    expect(html).toContain(text(hostile));
    expect(html).toContain("A day &lt;b&gt;out&lt;/b&gt;");
  });

  it("follows the JSON export's per-partner rules: no partner's draft, no unrevealed surprise", async () => {
    const { a, b, callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.forgiveness.saveDraft({ id: randomUUID(), kind: "forgiveness", whatIDid: "My own unsent words" });
    await callerB.forgiveness.saveDraft({ id: randomUUID(), kind: "second_chance", ask: "Blair's private draft" });
    await callerB.forgiveness.send({
      id: randomUUID(),
      kind: "forgiveness",
      whatIDid: "I broke your trust",
      howItHurt: "You felt alone",
      whatIAmDoing: "Counselling every week",
    });
    const clock = testClock(MONDAY);
    await callerFor(b, { now: clock.now }).dates.create({
      title: "Secret supper at the lighthouse",
      startsAt: "2026-11-28T19:00",
      endsAt: "2026-11-28T22:00",
      timeZone: "UTC",
      place: "The old lighthouse",
      notes: "Bring the blue scarf",
      surprise: { revealAt: "2026-11-28T12:00", hints: ["Dress warm"] },
    });

    const html = await readableExport(callerFor(a, { now: clock.now }));
    expect(html).toContain("A draft, never sent");
    expect(html).toContain("My own unsent words");
    expect(html).toContain("Blair asked you");
    expect(html).toContain("I broke your trust");
    expect(html).not.toContain(text("Blair's private draft"));
    for (const secret of ["Secret supper", "old lighthouse", "blue scarf"]) expect(html).not.toContain(secret);
    expect(html).toContain("a surprise, its details not revealed to you yet");
    expect(html).not.toContain(b.email);
    // Blair's own copy has it all.
    expect(await readableExport(callerFor(b, { now: clock.now }))).toContain("Secret supper at the lighthouse");
  });

  it("lists my own vents and leaves out my partner's", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.vents.write({ body: "Alex's own vent" });
    await callerB.vents.write({ body: "Blair's vent" });
    const html = await readableExport(callerA);
    expect(html).toContain(text("Alex's own vent"));
    expect(html).not.toContain(text("Blair's vent"));
  });
});
