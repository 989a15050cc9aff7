import { describe, expect, it } from "vitest";
import { callerFor, db, makeCouple } from "@/test/harness";
import { loadViewer } from "../viewer";
import { loadMemoryPhoto, saveMemoryPhoto } from "./service";
import type { TestUser } from "@/test/harness";

const memory = (overrides: Record<string, unknown> = {}) => ({
  title: "The night the power went out",
  happenedOn: "2018-02-03",
  place: "The flat on Elm Street",
  story: "We played cards by candlelight until three.",
  ...overrides,
});

async function coupleViewerOf(user: TestUser) {
  const viewer = await loadViewer(db, user.id, 0);
  if (!viewer?.couple) throw new Error("not in a couple");
  return { me: viewer.me, couple: viewer.couple, partner: viewer.partner };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);

describe("memories", () => {
  it("keeps a shared album that both partners see and can edit", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    const created = await callerA.memories.create(memory());
    expect(created).toMatchObject({
      title: "The night the power went out",
      addedBy: { name: "Alex" },
      photo: null,
      recreatedAs: [],
    });
    const edited = await callerB.memories.update({
      ...memory({ story: "Cards, candles, and your terrible singing." }),
      id: created.id,
    });
    expect(edited.story).toBe("Cards, candles, and your terrible singing.");
    expect((await callerA.memories.get({ id: created.id })).story).toBe("Cards, candles, and your terrible singing.");
  });

  it("lists the newest moments first, a page at a time", async () => {
    const { callerA } = await makeCouple();
    for (const happenedOn of ["2019-05-01", "2021-07-14", "2017-12-24", "2020-01-01"]) {
      await callerA.memories.create(memory({ title: happenedOn, happenedOn }));
    }
    const first = await callerA.memories.list({ limit: 3 });
    const second = await callerA.memories.list({ limit: 3, cursor: first.nextCursor });
    expect([...first.memories, ...second.memories].map((m) => m.title)).toEqual([
      "2021-07-14",
      "2020-01-01",
      "2019-05-01",
      "2017-12-24",
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses a date that doesn't exist, beside the field", async () => {
    const { callerA } = await makeCouple();
    await expect(callerA.memories.create(memory({ happenedOn: "2019-02-30" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("turns a memory into a plan, linked both ways", async () => {
    const { callerA, callerB } = await makeCouple();
    const created = await callerA.memories.create(memory());
    const plan = await callerB.dates.create({
      title: "Cards by candlelight again",
      startsAt: "2026-12-05T20:00",
      endsAt: "2026-12-05T23:00",
      timeZone: "UTC",
      place: "Home",
      notes: "",
      memoryId: created.id,
    });
    expect(plan).toMatchObject({ memory: { id: created.id, title: "The night the power went out" } });
    expect((await callerA.memories.get({ id: created.id })).recreatedAs).toMatchObject([
      { id: plan.id, title: "Cards by candlelight again" },
    ]);
  });

  it("keeps the plan when its memory is removed, without the link", async () => {
    const { callerA } = await makeCouple();
    const created = await callerA.memories.create(memory());
    const plan = await callerA.dates.create({
      title: "Again",
      startsAt: "2026-12-05T20:00",
      endsAt: "2026-12-05T23:00",
      timeZone: "UTC",
      memoryId: created.id,
    });
    await callerA.memories.remove({ id: created.id });
    await expect(callerA.memories.get({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerA.dates.get({ id: plan.id })).toMatchObject({ title: "Again", memory: null });
  });

  it("answers a missing memory and another couple's memory alike", async () => {
    const [mine, other] = await Promise.all([makeCouple(), makeCouple(["Dana", "Eli"])]);
    const theirs = await other.callerA.memories.create(memory());
    for (const id of [theirs.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(mine.callerA.memories.get({ id })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "We couldn't find that memory.",
      });
      await expect(mine.callerA.memories.update({ ...memory(), id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(mine.callerA.memories.remove({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        mine.callerA.dates.create({
          title: "x",
          startsAt: "2026-12-05T20:00",
          endsAt: "2026-12-05T21:00",
          timeZone: "UTC",
          memoryId: id,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await other.callerA.memories.get({ id: theirs.id })).title).toBe("The night the power went out");
  });
});

describe("memory photos", () => {
  it("stores a JPEG, PNG or WebP by what its bytes say, and serves it to both partners", async () => {
    const { a, b } = await makeCouple();
    const created = await callerFor(a).memories.create(memory());
    const saved = await saveMemoryPhoto(db, await coupleViewerOf(a), created.id, PNG, new Date("2026-11-23T10:00:00Z"));
    expect(saved).toEqual({
      url: `/memories/${created.id}/photo?v=${Date.parse("2026-11-23T10:00:00Z")}`,
      contentType: "image/png",
    });
    const served = await loadMemoryPhoto(db, await coupleViewerOf(b), created.id);
    expect(served.contentType).toBe("image/png");
    expect(new Uint8Array(served.bytes)).toEqual(PNG);
    expect((await callerFor(b).memories.get({ id: created.id })).photo).toEqual({
      url: saved.url,
      contentType: "image/png",
    });

    await saveMemoryPhoto(db, await coupleViewerOf(b), created.id, JPEG, new Date("2026-11-24T10:00:00Z"));
    expect((await loadMemoryPhoto(db, await coupleViewerOf(a), created.id)).contentType).toBe("image/jpeg");
  });

  it("refuses files that are not photos, whatever they claim to be", async () => {
    const { a } = await makeCouple();
    const created = await callerFor(a).memories.create(memory());
    const viewer = await coupleViewerOf(a);
    const svg = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    await expect(saveMemoryPhoto(db, viewer, created.id, svg, new Date())).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Please choose a JPEG, PNG or WebP photo.",
      field: "photo",
    });
    await expect(saveMemoryPhoto(db, viewer, created.id, new Uint8Array(), new Date())).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses a photo over 5 MB", async () => {
    const { a } = await makeCouple();
    const created = await callerFor(a).memories.create(memory());
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG);
    await expect(saveMemoryPhoto(db, await coupleViewerOf(a), created.id, big, new Date())).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Photos can be up to 5 MB. Try a smaller one.",
    });
  });

  it("never serves or replaces another couple's photo", async () => {
    const [mine, other] = await Promise.all([makeCouple(), makeCouple(["Dana", "Eli"])]);
    const theirs = await other.callerA.memories.create(memory());
    await saveMemoryPhoto(db, await coupleViewerOf(other.a), theirs.id, PNG, new Date());
    const intruder = await coupleViewerOf(mine.a);
    await expect(loadMemoryPhoto(db, intruder, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveMemoryPhoto(db, intruder, theirs.id, JPEG, new Date())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(mine.callerA.memories.removePhoto({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadMemoryPhoto(db, await coupleViewerOf(other.b), theirs.id)).contentType).toBe("image/png");
  });

  it("lets either partner remove the photo", async () => {
    const { a, callerB } = await makeCouple();
    const created = await callerFor(a).memories.create(memory());
    await saveMemoryPhoto(db, await coupleViewerOf(a), created.id, PNG, new Date());
    await callerB.memories.removePhoto({ id: created.id });
    expect((await callerB.memories.get({ id: created.id })).photo).toBeNull();
  });
});
