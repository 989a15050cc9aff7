import { describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "../errors";
import { and, eq } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { callerFor, db, makeCouple, testClock } from "@/test/harness";
import { createRequestContext } from "@/server/context";
import { GET as downloadIcs } from "@/app/api/dates/[id]/ics/route";
import { subscribeToCouple, type CoupleEvent } from "../live/bus";
import { mayHear } from "../live/service";
import { catalogueIdeas } from "../domain/date-ideas";
import type { TestUser } from "@/test/harness";

// The .ics route reads the session through createRequestContext; here it gets the test's
// database, user and clock, so the route handler itself runs and its raw output is read.
vi.mock("@/server/context", () => ({ createRequestContext: vi.fn() }));

async function icsFromRoute(user: TestUser, planId: string, now: () => Date) {
  vi.mocked(createRequestContext).mockResolvedValue({
    db,
    session: { userId: user.id, sessionVersion: 0 },
    headers: new Headers(),
    now,
  });
  const response = await downloadIcs(new Request(`http://localhost/api/dates/${planId}/ics`), {
    params: Promise.resolve({ id: planId }),
  });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

/** The field → message map a form would show beside its fields, from a refused call. */
async function fieldErrorsOf(call: Promise<unknown>): Promise<Record<string, string>> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof ZodError)
    return Object.fromEntries(cause.issues.map((issue) => [issue.path.join("."), issue.message]));
  if (cause instanceof DomainError && cause.field) return { [cause.field]: cause.message };
  return {};
}

const MONDAY = new Date("2026-11-23T10:00:00Z");

function plan(overrides: Record<string, unknown> = {}) {
  return {
    title: "Dinner by the water",
    startsAt: "2026-11-28T19:00",
    endsAt: "2026-11-28T22:00",
    timeZone: "UTC",
    place: "The harbour",
    notes: "",
    ...overrides,
  };
}

describe("the idea bank", () => {
  it("offers the built-in ideas to both partners", async () => {
    const { callerA, callerB } = await makeCouple();
    const [ideasA, ideasB] = await Promise.all([callerA.dates.ideas(), callerB.dates.ideas()]);
    expect(ideasA.length).toBeGreaterThanOrEqual(60);
    expect(ideasB.map((idea) => idea.id)).toEqual(ideasA.map((idea) => idea.id));
    expect(ideasA.every((idea) => idea.addedBy === "catalogue" && idea.myReaction === null)).toBe(true);
  });

  it("hides my partner's reaction until I have reacted myself", async () => {
    const { callerA, callerB } = await makeCouple();
    const ideaId = catalogueIdeas[0]!.id;
    await callerA.dates.react({ ideaId, reaction: "no" });

    const before = (await callerB.dates.ideas()).find((idea) => idea.id === ideaId)!;
    expect(before).toMatchObject({ myReaction: null, partnerReaction: null, partnerHasReacted: true, isMatch: false });
    // Not anywhere in the raw response either.
    expect(JSON.stringify(before)).not.toContain('"no"');

    const after = await callerB.dates.react({ ideaId, reaction: "maybe" });
    expect(after).toMatchObject({ myReaction: "maybe", partnerReaction: "no", isMatch: false });
  });

  it("makes a match, shown to both, when both say yes", async () => {
    const { callerA, callerB } = await makeCouple();
    const ideaId = "recreate-first-date";
    const first = await callerA.dates.react({ ideaId, reaction: "yes" });
    expect(first.isMatch).toBe(false);
    const second = await callerB.dates.react({ ideaId, reaction: "yes" });
    expect(second).toMatchObject({ isMatch: true, partnerReaction: "yes" });
    const [ideasA, ideasB] = await Promise.all([callerA.dates.ideas(), callerB.dates.ideas()]);
    expect(ideasA.filter((idea) => idea.isMatch).map((idea) => idea.id)).toEqual([ideaId]);
    expect(ideasB.filter((idea) => idea.isMatch).map((idea) => idea.id)).toEqual([ideaId]);
  });

  it("undoes a match when one partner changes their mind", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.dates.react({ ideaId: "quiet-reading", reaction: "yes" });
    await callerB.dates.react({ ideaId: "quiet-reading", reaction: "yes" });
    await callerA.dates.react({ ideaId: "quiet-reading", reaction: "maybe" });
    expect((await callerB.dates.ideas()).find((idea) => idea.id === "quiet-reading")!.isMatch).toBe(false);
  });

  it("lets either partner add an idea that both can react to, counting it as the adder's yes", async () => {
    const { callerA, callerB } = await makeCouple();
    const added = await callerA.dates.addIdea({
      title: "Night swim at the lake",
      description: "Towels in the car",
      category: "outdoors",
    });
    expect(added).toMatchObject({ addedBy: "me", myReaction: "yes" });
    const seenByB = (await callerB.dates.ideas())[0]!;
    expect(seenByB).toMatchObject({
      id: added.id,
      title: "Night swim at the lake",
      addedBy: "partner",
      partnerHasReacted: true,
      partnerReaction: null,
    });
    expect(await callerB.dates.react({ ideaId: added.id, reaction: "yes" })).toMatchObject({ isMatch: true });
  });

  it("lets only the person who added an idea remove it, and never a built-in one", async () => {
    const { callerA, callerB } = await makeCouple();
    const added = await callerA.dates.addIdea({ title: "Pottery evening", category: "new_together" });
    await expect(callerB.dates.removeIdea({ ideaId: added.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerA.dates.removeIdea({ ideaId: "quiet-reading" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerA.dates.removeIdea({ ideaId: added.id });
    expect((await callerB.dates.ideas()).some((idea) => idea.id === added.id)).toBe(false);
  });

  it("answers an unknown idea and another couple's idea alike", async () => {
    const [mine, other] = await Promise.all([makeCouple(), makeCouple(["Dana", "Eli"])]);
    const theirs = await other.callerA.dates.addIdea({ title: "Their idea", category: "quiet" });
    for (const ideaId of [theirs.id, "no-such-idea", "00000000-0000-4000-8000-000000000000"]) {
      await expect(mine.callerA.dates.react({ ideaId, reaction: "yes" })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "We couldn't find that idea.",
      });
    }
    expect((await mine.callerA.dates.ideas()).some((idea) => idea.id === theirs.id)).toBe(false);
  });

  it("puts ideas my partner answered under Your turn, and mine under Waiting", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.dates.react({ ideaId: "quiet-reading", reaction: "yes" });
    await callerA.dates.react({ ideaId: "out-stargazing", reaction: "no" });
    await callerA.dates.addIdea({ title: "Karaoke, just us", category: "at_home" });

    const dashB = await callerB.dashboard.get();
    const dateItems = dashB.yourTurn.filter((item) => item.kind.startsWith("dates."));
    expect(dateItems.map((item) => item.title).sort()).toEqual([
      "2 date ideas to react to",
      "Alex added a date idea: Karaoke, just us",
    ]);
    // The partner's answers themselves are not on the dashboard.
    expect(JSON.stringify(dateItems)).not.toMatch(/"(yes|no)"/);

    const dashA = await callerA.dashboard.get();
    expect(dashA.waitingOnPartner.find((item) => item.kind === "dates.ideas")?.title).toBe(
      "3 date ideas waiting for Blair",
    );

    await callerB.dates.react({ ideaId: "quiet-reading", reaction: "yes" });
    const later = await callerB.dashboard.get();
    expect(later.yourTurn.find((item) => item.kind === "dates.ideas")?.title).toBe("A date idea to react to");
  });
});

describe("plans", () => {
  it("gives the dashboard each upcoming plan's time in words, on the plan's own clock", async () => {
    const { a, b } = await makeCouple();
    await callerFor(b).account.updateProfile({ name: "Blair", timeZone: "America/New_York" });
    await callerFor(a, { now: () => MONDAY }).dates.create(plan({ timeZone: "Europe/Oslo" }));
    const dashboard = await callerFor(b, { now: () => MONDAY }).dashboard.get();
    expect(dashboard.panels.dates?.upcoming[0]).toMatchObject({
      kind: "plan",
      when: "Saturday 28 November at 19:00 – 22:00",
    });
  });

  it("plans a date in its own time zone, from a match", async () => {
    const { callerA, callerB } = await makeCouple();
    await callerA.dates.react({ ideaId: "out-stargazing", reaction: "yes" });
    await callerB.dates.react({ ideaId: "out-stargazing", reaction: "yes" });
    const created = await callerB.dates.create(
      plan({ title: "Stars above the ridge", timeZone: "Europe/Oslo", ideaId: "out-stargazing" }),
    );
    expect(created).toMatchObject({
      kind: "plan",
      title: "Stars above the ridge",
      startsAt: new Date("2026-11-28T18:00:00Z"),
      startsAtLocal: "2026-11-28T19:00",
      timeZone: "Europe/Oslo",
      idea: { id: "out-stargazing", title: "Lie down and look at the stars" },
      version: 1,
      status: "planned",
    });
    const got = await callerA.dates.get({ id: created.id });
    expect(got).toMatchObject({ kind: "plan", title: "Stars above the ridge", plannedByMe: false });
  });

  it("refuses an end before the start, beside the field", async () => {
    const { callerA } = await makeCouple();
    expect(await fieldErrorsOf(callerA.dates.create(plan({ endsAt: "2026-11-28T18:00" })))).toEqual({
      endsAt: "The end needs to be after the start.",
    });
  });

  it("lets both partners edit a shared plan", async () => {
    const { callerA, callerB } = await makeCouple();
    const created = await callerA.dates.create(plan());
    const edited = await callerB.dates.update({ ...plan({ place: "The pier instead" }), id: created.id, version: 1 });
    expect(edited).toMatchObject({ place: "The pier instead", version: 2 });
    expect(await callerA.dates.get({ id: created.id })).toMatchObject({ place: "The pier instead", version: 2 });
  });

  it("never silently overwrites a partner's change: a stale version gets a conflict", async () => {
    const { callerA, callerB } = await makeCouple();
    const created = await callerA.dates.create(plan());
    // Both opened version 1; B saves first.
    await callerB.dates.update({ ...plan({ notes: "Bring gloves" }), id: created.id, version: 1 });
    await expect(
      callerA.dates.update({ ...plan({ notes: "Bring a flask" }), id: created.id, version: 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Your partner changed this plan/),
    });
    expect(await callerA.dates.get({ id: created.id })).toMatchObject({ notes: "Bring gloves", version: 2 });
  });

  it("keeps a date once it has begun, records the milestone with it, and then it can't change", async () => {
    const { callerA, callerB, coupleId, a, b } = await makeCouple();
    const clock = testClock(MONDAY);
    const planner = callerFor(a, { now: clock.now });
    const created = await planner.dates.create(plan({ title: "Sunrise at the lighthouse" }));
    await expect(planner.dates.setStatus({ id: created.id, version: 1, status: "done" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    clock.set(new Date("2026-11-28T23:00:00Z"));
    const kept = await callerFor(b, { now: clock.now }).dates.setStatus({ id: created.id, version: 1, status: "done" });
    expect(kept).toMatchObject({ status: "done", version: 2 });
    const recorded = await db
      .select({ kind: milestones.kind, title: milestones.title, occurredOn: milestones.occurredOn })
      .from(milestones)
      .where(and(eq(milestones.coupleId, coupleId), eq(milestones.sourceId, created.id)));
    expect(recorded).toEqual([
      { kind: "date_kept", title: "We kept a date: Sunrise at the lighthouse", occurredOn: "2026-11-28" },
    ]);

    await expect(callerA.dates.setStatus({ id: created.id, version: 2, status: "cancelled" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(callerB.dates.update({ ...plan(), id: created.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("records no milestone when the keeping fails on a stale version", async () => {
    const { coupleId, a } = await makeCouple();
    const clock = testClock(new Date("2026-11-29T10:00:00Z"));
    const caller = callerFor(a, { now: clock.now });
    const created = await caller.dates.create(plan());
    await caller.dates.update({ ...plan({ notes: "changed" }), id: created.id, version: 1 });
    await expect(caller.dates.setStatus({ id: created.id, version: 1, status: "done" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const recorded = await db
      .select()
      .from(milestones)
      .where(and(eq(milestones.coupleId, coupleId), eq(milestones.sourceId, created.id)));
    expect(recorded).toEqual([]);
  });

  it("lists upcoming dates soonest first and past ones latest first, a page at a time", async () => {
    const { a } = await makeCouple();
    const caller = callerFor(a, { now: () => MONDAY });
    const days = ["2026-11-30", "2026-11-24", "2026-12-05", "2026-11-20", "2026-11-26"];
    for (const day of days)
      await caller.dates.create(plan({ title: `Date ${day}`, startsAt: `${day}T18:00`, endsAt: `${day}T20:00` }));

    const first = await caller.dates.list({ when: "upcoming", limit: 2 });
    const second = await caller.dates.list({ when: "upcoming", limit: 2, cursor: first.nextCursor });
    const upcoming = [...first.plans, ...second.plans].map((p) => (p.kind === "plan" ? p.title : p.kind));
    expect(upcoming).toEqual(["Date 2026-11-24", "Date 2026-11-26", "Date 2026-11-30", "Date 2026-12-05"]);
    expect(second.nextCursor).toBeNull();
    const past = await caller.dates.list({ when: "past" });
    expect(past.plans.map((p) => (p.kind === "plan" ? p.title : p.kind))).toEqual(["Date 2026-11-20"]);
  });

  it("answers a missing plan and another couple's plan alike", async () => {
    const [mine, other] = await Promise.all([makeCouple(), makeCouple(["Dana", "Eli"])]);
    const theirs = await other.callerA.dates.create(plan());
    for (const id of [theirs.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(mine.callerA.dates.get({ id })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "We couldn't find that date.",
      });
      await expect(mine.callerA.dates.update({ ...plan(), id, version: 1 })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(mine.callerA.dates.calendarFile({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const route = await icsFromRoute(mine.a, theirs.id, () => MONDAY);
    expect(route.status).toBe(404);
    expect(route.body).not.toContain("Dinner");
  });
});

describe("calendar files", () => {
  it("exports a plan as a standard event in UTC", async () => {
    const { callerB } = await makeCouple();
    const created = await callerB.dates.create(
      plan({
        title: "Dinner, then dancing",
        timeZone: "Europe/Oslo",
        place: "Olive; Bryggen 4",
        notes: "Table for two",
      }),
    );
    const file = await callerB.dates.calendarFile({ id: created.id });
    expect(file.filename).toBe("kintsugi-date-2026-11-28.ics");
    const unfolded = file.content.replace(/\r\n /g, "");
    expect(unfolded).toContain("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    expect(unfolded).toContain(`UID:${created.id}@kintsugi\r\n`);
    expect(unfolded).toContain("DTSTART:20261128T180000Z\r\nDTEND:20261128T210000Z\r\n");
    expect(unfolded).toContain("SUMMARY:Dinner\\, then dancing\r\n");
    expect(unfolded).toContain("LOCATION:Olive\\; Bryggen 4\r\n");
    expect(unfolded).toContain("DESCRIPTION:Table for two\r\n");
    expect(unfolded).toContain("SEQUENCE:1\r\n");
    expect(unfolded.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });

  it("serves the file from the download route with a calendar type", async () => {
    const { b, callerB } = await makeCouple();
    const created = await callerB.dates.create(plan());
    const response = await icsFromRoute(b, created.id, () => MONDAY);
    expect(response).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8" });
    expect(response.body).toContain("SUMMARY:Dinner by the water");
  });

  it("refuses the download without a session", async () => {
    const { callerB } = await makeCouple();
    const created = await callerB.dates.create(plan());
    vi.mocked(createRequestContext).mockResolvedValue({ db, session: null, headers: new Headers(), now: () => MONDAY });
    const response = await downloadIcs(new Request("http://localhost/x"), {
      params: Promise.resolve({ id: created.id }),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Dinner");
  });
});

const SECRET_TITLE = "Candlelit dinner at Fjordkjøkken";
const SECRET_PLACE = "Bryggen 4, behind the blue door";
const SECRET_NOTES = "Booked the window table under Alex";
const SECRETS = [SECRET_TITLE, SECRET_PLACE, SECRET_NOTES];
const HINTS = ["Dress warmly", "Keep Saturday evening free"];

describe("surprises", () => {
  /**
   * A plans a surprise for B. A lives in New York, B in Oslo: the surprise starts at 13:00
   * in New York, which is Saturday evening (19:00) on B's clock. It is revealed at 11:00
   * New York time the same day.
   */
  async function surpriseSetup() {
    const couple = await makeCouple(["Alex", "Blair"]);
    await couple.callerA.account.updateProfile({ name: "Alex", timeZone: "America/New_York" });
    await couple.callerB.account.updateProfile({ name: "Blair", timeZone: "Europe/Oslo" });
    const clock = testClock(MONDAY);
    const planner = callerFor(couple.a, { now: clock.now });
    const surprised = callerFor(couple.b, { now: clock.now });
    const memory = await planner.memories.create({
      title: "Our first winter",
      happenedOn: "2019-12-14",
      place: "Bergen",
      story: "",
    });
    const created = await planner.dates.create({
      title: SECRET_TITLE,
      startsAt: "2026-11-28T13:00",
      endsAt: "2026-11-28T16:00",
      timeZone: "America/New_York",
      place: SECRET_PLACE,
      notes: SECRET_NOTES,
      memoryId: memory.id,
      surprise: { revealAt: "2026-11-28T11:00", hints: HINTS },
    });
    return { ...couple, clock, planner, surprised, planId: created.id, memoryId: memory.id };
  }

  /** The raw JSON of every read the surprised partner can make that could carry the plan. */
  async function everythingTheSurprisedPartnerReceives(s: Awaited<ReturnType<typeof surpriseSetup>>) {
    const responses = {
      upcoming: await s.surprised.dates.list({ when: "upcoming" }),
      past: await s.surprised.dates.list({ when: "past" }),
      get: await s.surprised.dates.get({ id: s.planId }),
      dashboard: await s.surprised.dashboard.get(),
      calendarFile: await s.surprised.dates.calendarFile({ id: s.planId }),
      icsRoute: await icsFromRoute(s.b, s.planId, s.clock.now),
      ideas: await s.surprised.dates.ideas(),
      memory: await s.surprised.memories.get({ id: s.memoryId }),
      memories: await s.surprised.memories.list({}),
      timeline: await s.surprised.timeline.list({}),
    };
    return { responses, raw: JSON.stringify(responses) };
  }

  it("tells the surprised partner only that it exists, its day, rough time and hints — on every raw response — until the reveal", async () => {
    const s = await surpriseSetup();
    const { responses, raw } = await everythingTheSurprisedPartnerReceives(s);
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    // Not the exact time either, in any format.
    for (const time of ["2026-11-28T18:00", "20261128T180000Z", "T13:00", "America/New_York", "2026-11-28T16:00"])
      expect(raw).not.toContain(time);

    expect(responses.get).toEqual({
      kind: "surprise",
      id: s.planId,
      status: "planned",
      plannedBy: { id: s.a.id, name: "Alex" },
      day: "2026-11-28",
      weekday: "Saturday",
      timeOfDay: "evening",
      headline: "A surprise on Saturday evening",
      hints: HINTS,
      reflections: null,
    });
    expect(responses.dashboard.panels.dates?.upcoming).toEqual([
      {
        kind: "surprise",
        id: s.planId,
        plannedBy: { id: s.a.id, name: "Alex" },
        headline: "A surprise on Saturday evening",
        weekday: "Saturday",
        timeOfDay: "evening",
        day: "2026-11-28",
        hints: HINTS,
      },
    ]);
    expect(responses.icsRoute.status).toBe(200);
    expect(responses.icsRoute.body).toContain("DTSTART;VALUE=DATE:20261128\r\n");
    expect(responses.icsRoute.body.replace(/\r\n /g, "")).toContain("SUMMARY:A surprise from Alex (Saturday evening)");
    expect(responses.icsRoute.body).toContain("Dress warmly");
    expect(responses.memory.recreatedAs).toEqual([]);
  });

  it("shows everything to the surprised partner after the reveal", async () => {
    const s = await surpriseSetup();
    s.clock.set(new Date("2026-11-28T16:00:00Z")); // 11:00 in New York
    const { responses, raw } = await everythingTheSurprisedPartnerReceives(s);
    for (const secret of SECRETS) expect(raw).toContain(secret);
    expect(responses.get).toMatchObject({
      kind: "plan",
      title: SECRET_TITLE,
      place: SECRET_PLACE,
      notes: SECRET_NOTES,
      surprise: { revealed: true, side: "forMe", hints: HINTS },
    });
    expect(responses.icsRoute.body).toContain("DTSTART:20261128T180000Z");
    expect(responses.memory.recreatedAs.map((p) => p.title)).toEqual([SECRET_TITLE]);
  });

  it("always shows the planner their surprise, with what the partner sees", async () => {
    const s = await surpriseSetup();
    expect(await s.planner.dates.get({ id: s.planId })).toMatchObject({
      kind: "plan",
      title: SECRET_TITLE,
      surprise: { side: "mine", revealed: false, partnerSees: "A surprise on Saturday evening" },
      memory: { id: s.memoryId, title: "Our first winter" },
    });
    const dashboard = await s.planner.dashboard.get();
    expect(dashboard.panels.dates?.upcoming[0]).toMatchObject({ kind: "plan", title: SECRET_TITLE, mySurprise: true });
  });

  it("refuses changes from the surprised partner without saying anything about the plan", async () => {
    const s = await surpriseSetup();
    // Started one at a time: a call left pending while another is awaited could reject unhandled.
    const attempts = [
      () => s.surprised.dates.update({ ...plan(), id: s.planId, version: 1 }),
      () => s.surprised.dates.setStatus({ id: s.planId, version: 1, status: "cancelled" }),
      () => s.surprised.dates.reflect({ planId: s.planId, body: "Lovely" }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: "FORBIDDEN" });
      const raw = JSON.stringify({ message: (error as Error).message, error });
      for (const secret of SECRETS) expect(raw).not.toContain(secret);
    }
    expect(await s.planner.dates.get({ id: s.planId })).toMatchObject({ status: "planned", version: 1 });
  });

  it("lets only the planner make a plan a surprise or change its reveal", async () => {
    const { callerA, callerB } = await makeCouple();
    const created = await callerA.dates.create(plan());
    await expect(
      callerB.dates.update({
        ...plan(),
        id: created.id,
        version: 1,
        surprise: { revealAt: "2026-11-28T12:00", hints: [] },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const made = await callerA.dates.update({
      ...plan(),
      id: created.id,
      version: 1,
      surprise: { revealAt: "2026-11-28T12:00", hints: ["", "Bring a hat"] },
    });
    expect(made).toMatchObject({ surprise: { hints: ["Bring a hat"] } });
  });

  it("refuses a reveal after the date has begun", async () => {
    const { callerA } = await makeCouple();
    expect(
      await fieldErrorsOf(callerA.dates.create(plan({ surprise: { revealAt: "2026-11-28T20:00", hints: [] } }))),
    ).toEqual({
      "surprise.revealAt": "Reveal it no later than the date begins.",
    });
  });

  it("sends live events with no content, and none at all to the surprised partner for hidden edits", async () => {
    const s = await surpriseSetup();
    const events: CoupleEvent[] = [];
    const unsubscribe = await subscribeToCouple(s.coupleId, (event) => events.push(event));
    const surprisedViewer = {
      me: { id: s.b.id, name: "Blair", email: s.b.email, timeZone: "Europe/Oslo" },
      couple: { id: s.coupleId, repairBeganOn: "2026-01-01", seat: 2 },
      partner: null,
    };
    try {
      const current = await s.planner.dates.get({ id: s.planId });
      if (current.kind !== "plan") throw new Error("the planner sees the plan");
      // Changing the place and notes: nothing the surprised partner can see changes.
      await s.planner.dates.update({
        id: s.planId,
        version: current.version,
        title: SECRET_TITLE,
        startsAt: current.startsAtLocal,
        endsAt: current.endsAtLocal,
        timeZone: current.timeZone,
        place: `${SECRET_PLACE}, upstairs`,
        notes: SECRET_NOTES,
      });
      // Changing the hints: the surprised partner's view changes, so they hear of it.
      await s.planner.dates.update({
        id: s.planId,
        version: current.version + 1,
        title: SECRET_TITLE,
        startsAt: current.startsAtLocal,
        endsAt: current.endsAtLocal,
        timeZone: current.timeZone,
        place: SECRET_PLACE,
        notes: SECRET_NOTES,
        surprise: { revealAt: current.surprise!.revealAtLocal, hints: [...HINTS, "Bring your appetite"] },
      });
      // On PostgreSQL events travel through LISTEN/NOTIFY and arrive a moment later.
      await vi.waitFor(() => expect(events).toHaveLength(2));
    } finally {
      unsubscribe();
    }
    const heardBySurprised = events.filter((event) => mayHear(event, surprisedViewer));
    expect(heardBySurprised.map((event) => event.topic)).toEqual(["dates"]);
    expect(events.map((event) => event.audience)).toEqual(["actor", "couple"]);
    for (const secret of SECRETS) expect(JSON.stringify(events)).not.toContain(secret);
  });

  it("puts a kept surprise on both partners' timeline, and nothing of it there before", async () => {
    const s = await surpriseSetup();
    expect(JSON.stringify(await s.surprised.timeline.list({}))).not.toContain(SECRET_TITLE);
    s.clock.set(new Date("2026-11-28T18:30:00Z"));
    await s.planner.dates.setStatus({ id: s.planId, version: 1, status: "done" });
    const after = await s.surprised.timeline.list({});
    expect(after.items.map((item) => item.title)).toContain(`We kept a date: ${SECRET_TITLE}`);
  });
});

describe("reflections after the date", () => {
  async function keptDate() {
    const couple = await makeCouple(["Alex", "Blair"]);
    const clock = testClock(new Date("2026-11-29T09:00:00Z"));
    const a = callerFor(couple.a, { now: clock.now });
    const b = callerFor(couple.b, { now: clock.now });
    const created = await a.dates.create(plan());
    await a.dates.setStatus({ id: created.id, version: 1, status: "done" });
    return { ...couple, clock, a, b, planId: created.id };
  }

  it("can't be written before the date is kept", async () => {
    const { callerA } = await makeCouple();
    const created = await callerA.dates.create(plan());
    await expect(callerA.dates.reflect({ planId: created.id, body: "Too soon" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("hides each reflection until both have written, then shows both together", async () => {
    const k = await keptDate();
    const mine = await k.a.dates.reflect({ planId: k.planId, body: "I felt close to you again." });
    expect(mine.reflections).toMatchObject({
      mine: { body: "I felt close to you again." },
      partner: null,
      shownTogether: false,
    });

    const partnerView = await k.b.dates.get({ id: k.planId });
    expect(partnerView.reflections).toMatchObject({
      mine: null,
      partner: null,
      partnerHasWritten: true,
      canWrite: true,
    });
    expect(JSON.stringify(partnerView)).not.toContain("close to you");

    const both = await k.b.dates.reflect({ planId: k.planId, body: "The walk home was the best part." });
    expect(both.reflections).toMatchObject({
      mine: { body: "The walk home was the best part." },
      partner: { body: "I felt close to you again." },
      shownTogether: true,
    });
    expect((await k.a.dates.get({ id: k.planId })).reflections).toMatchObject({
      partner: { body: "The walk home was the best part." },
    });
  });

  it("shows a lone reflection once a week has passed", async () => {
    const k = await keptDate();
    await k.a.dates.reflect({ planId: k.planId, body: "Thank you for planning it." });
    k.clock.advance(7 * 86_400_000 - 1000);
    expect((await k.b.dates.get({ id: k.planId })).reflections?.partner).toBeNull();
    k.clock.advance(1000);
    expect((await k.b.dates.get({ id: k.planId })).reflections).toMatchObject({
      partner: { body: "Thank you for planning it." },
      shownTogether: true,
    });
  });

  it("takes one reflection per partner", async () => {
    const k = await keptDate();
    await k.a.dates.reflect({ planId: k.planId, body: "First" });
    await expect(k.a.dates.reflect({ planId: k.planId, body: "Second" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("asks for a reflection under Your turn until it's written", async () => {
    const k = await keptDate();
    const before = await k.b.dashboard.get();
    expect(before.yourTurn.find((item) => item.kind === "dates.reflection")?.title).toBe(
      "How was “Dinner by the water”?",
    );
    await k.b.dates.reflect({ planId: k.planId, body: "Lovely." });
    expect((await k.b.dashboard.get()).yourTurn.some((item) => item.kind === "dates.reflection")).toBe(false);
  });
});
