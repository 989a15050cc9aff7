import { randomUUID } from "node:crypto";
import { and, eq, fillPlaceholders, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { TRPCError } from "@trpc/server";
import { milestones } from "@/db/schema";
import { appRouter } from "@/server/root";
import { callerFor, db, makeCouple, makeWaitingCouple, testClock } from "@/test/harness";
import { loadViewer, type CoupleViewer } from "../viewer";
import { openRequestsQuery } from "./reading";
import { subscribeToCouple, type CoupleEvent } from "../live/bus";

type Caller = ReturnType<typeof callerFor>;

const apology = {
  kind: "forgiveness" as const,
  whatIDid: "I lied to you about where I was for months.",
  howItHurt: "It made you doubt your own memory and feel alone in our home.",
  whatIAmDoing: "I see a counsellor every week and I answer every question you ask.",
};

async function codeOf(call: () => Promise<unknown>) {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function sendApology(caller: Caller, parts: Partial<typeof apology> = {}) {
  const id = randomUUID();
  await caller.forgiveness.send({ id, ...apology, ...parts });
  return id;
}

describe("composing", () => {
  it("saves a draft as one types and shows it to its author alone", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = randomUUID();
    await callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "I li" });
    await callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "I lied to you." });

    const mine = await callerA.forgiveness.overview();
    expect(mine.drafts).toMatchObject([{ id, status: "draft", whatIDid: "I lied to you." }]);
    expect(mine.iAsked).toEqual([]);

    const theirs = await callerB.forgiveness.overview();
    expect(theirs).toEqual({ askedOfMe: [], iAsked: [], drafts: [] });
    expect(await codeOf(() => callerB.forgiveness.get({ id }))).toBe("NOT_FOUND");
  });

  it("never sends a draft's words or id in any response the partner can get", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = randomUUID();
    const secret = `unsent-words-${randomUUID()}`;
    await callerA.forgiveness.saveDraft({
      id,
      kind: "forgiveness",
      whatIDid: secret,
      howItHurt: secret,
      whatIAmDoing: secret,
    });
    await callerA.forgiveness.saveDraft({ id: randomUUID(), kind: "second_chance", ask: secret });
    // Something sent as well, so the partner's lists are not trivially empty.
    await sendApology(callerA);

    const inputs: Record<string, unknown> = {
      "forgiveness.overview": undefined,
      "forgiveness.history": {},
      "forgiveness.get": { id },
      "forgiveness.saveDraft": { id, kind: "forgiveness", whatIDid: "overwritten?" },
      "forgiveness.discardDraft": { id },
      "forgiveness.send": { id, ...apology },
      "forgiveness.withdraw": { id },
      "forgiveness.answer": { id, answer: "forgive" },
      "dashboard.get": undefined,
    };
    const forgivenessPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("forgiveness."));
    expect(forgivenessPaths.filter((path) => !(path in inputs))).toEqual([]);

    const raw: string[] = [];
    for (const [path, input] of Object.entries(inputs)) {
      const [group, name] = path.split(".") as [keyof Caller, string];
      const procedure = (callerB[group] as unknown as Record<string, (input: unknown) => Promise<unknown>>)[name]!;
      try {
        raw.push(JSON.stringify(await procedure(input)));
      } catch (error) {
        // The partner's attempts on the draft find nothing, as for an id that doesn't exist.
        expect({ path, code: (error as TRPCError).code }).toEqual({ path, code: "NOT_FOUND" });
        raw.push(JSON.stringify({ message: (error as Error).message }));
      }
    }
    const everything = raw.join("\n");
    expect(everything).toContain(apology.whatIDid);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(id);

    // And the partner's attempts changed nothing.
    const [draft] = (await callerA.forgiveness.overview()).drafts.filter((d) => d.id === id);
    expect(draft).toMatchObject({ status: "draft", whatIDid: secret });
  });

  it("sends a forgiveness request only with all three parts", async () => {
    const { callerA } = await makeCouple();
    const error = await callerA.forgiveness
      .send({ id: randomUUID(), kind: "forgiveness", whatIDid: "I lied.", howItHurt: "  ", whatIAmDoing: "" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("sends a second-chance request with its ask, and drops words left from the other kind", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = randomUUID();
    await callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "left over from before" });
    await callerA.forgiveness.send({
      id,
      kind: "second_chance",
      ask: "Will you let me show you, day by day?",
      whatIAmDoing: "",
    });
    const seen = await callerB.forgiveness.get({ id });
    expect(seen).toMatchObject({
      kind: "second_chance",
      status: "open",
      side: "theirs",
      ask: "Will you let me show you, day by day?",
    });
    expect(seen.whatIDid).toBe("");
  });

  it("keeps a sent request as it was sent", async () => {
    const { callerA } = await makeCouple();
    const id = await sendApology(callerA);
    expect(await codeOf(() => callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "changed" }))).toBe(
      "CONFLICT",
    );
    expect(await codeOf(() => callerA.forgiveness.send({ id, ...apology }))).toBe("CONFLICT");
    expect((await callerA.forgiveness.get({ id })).whatIDid).toBe(apology.whatIDid);
  });

  it("lets the author discard a draft, and nobody else", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = randomUUID();
    await callerA.forgiveness.saveDraft({ id, kind: "second_chance", ask: "Not sure yet" });
    expect(await codeOf(() => callerB.forgiveness.discardDraft({ id }))).toBe("NOT_FOUND");
    await callerA.forgiveness.discardDraft({ id });
    expect((await callerA.forgiveness.overview()).drafts).toEqual([]);
  });

  it("lets a person draft before their partner joins, but sends only to a partner", async () => {
    const { caller } = await makeWaitingCouple();
    const id = randomUUID();
    await caller.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "Written early" });
    expect(await codeOf(() => caller.forgiveness.send({ id, ...apology }))).toBe("FORBIDDEN");
  });

  it("never lets one partner's save overwrite the other's draft", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = randomUUID();
    await callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "A's words" });
    expect(await codeOf(() => callerB.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "B's words" }))).toBe(
      "NOT_FOUND",
    );
    expect((await callerA.forgiveness.get({ id })).whatIDid).toBe("A's words");
  });
});

describe("answering", () => {
  it("lets the recipient ask for more time with a note, which the author sees", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    const id = await sendApology(callerA);
    expect((await callerB.forgiveness.overview()).askedOfMe).toMatchObject([
      { id, status: "open", authorName: "Alex" },
    ]);

    await callerB.forgiveness.answer({ id, answer: "more_time", note: "I need a few weeks." });

    const asked = (await callerA.forgiveness.overview()).iAsked;
    expect(asked).toMatchObject([
      { id, status: "more_time", answers: [{ answer: "more_time", note: "I need a few weeks." }] },
    ]);
  });

  it("lets 'more time' and 'not ready' be followed by another answer, and makes forgiveness final", async () => {
    const clock = testClock(new Date("2026-05-10T12:00:00Z"));
    const { a, b, coupleId } = await makeCouple();
    const callerA = callerFor(a, { now: clock.now });
    const callerB = callerFor(b, { now: clock.now });
    const id = await sendApology(callerA);

    await callerB.forgiveness.answer({ id, answer: "not_ready" });
    clock.advance(86_400_000);
    await callerB.forgiveness.answer({ id, answer: "more_time" });
    clock.advance(86_400_000);
    await callerB.forgiveness.answer({ id, answer: "forgive" });

    const request = await callerA.forgiveness.get({ id });
    expect(request.status).toBe("forgiven");
    expect(request.answers.map((answer) => answer.answer)).toEqual(["not_ready", "more_time", "forgive"]);
    expect(request.closedAt).toEqual(new Date("2026-05-12T12:00:00Z"));

    expect(await codeOf(() => callerB.forgiveness.answer({ id, answer: "not_ready" }))).toBe("CONFLICT");
    expect(await codeOf(() => callerA.forgiveness.withdraw({ id }))).toBe("CONFLICT");

    const recorded = await db
      .select()
      .from(milestones)
      .where(and(eq(milestones.coupleId, coupleId), eq(milestones.sourceId, id)));
    expect(recorded).toMatchObject([{ kind: "forgiveness", title: "Blair forgave Alex", occurredOn: "2026-05-12" }]);
  });

  it("records a second chance given as a second-chance milestone", async () => {
    const { callerA, callerB, coupleId } = await makeCouple(["Alex", "Blair"]);
    const id = randomUUID();
    await callerA.forgiveness.send({
      id,
      kind: "second_chance",
      ask: "Will you give me the chance to show you?",
      whatIAmDoing: "",
    });
    await callerB.forgiveness.answer({ id, answer: "forgive" });
    const recorded = await db
      .select()
      .from(milestones)
      .where(and(eq(milestones.coupleId, coupleId), eq(milestones.sourceId, id)));
    expect(recorded).toMatchObject([{ kind: "second_chance", title: "Blair gave Alex a second chance" }]);
  });

  it("lets only the recipient answer", async () => {
    const { callerA } = await makeCouple();
    const id = await sendApology(callerA);
    expect(await codeOf(() => callerA.forgiveness.answer({ id, answer: "forgive" }))).toBe("FORBIDDEN");
    expect((await callerA.forgiveness.get({ id })).status).toBe("open");
  });

  it("keeps a note only with 'I need more time'", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = await sendApology(callerA);
    await callerB.forgiveness.answer({ id, answer: "not_ready", note: "sneaked in" } as never);
    expect((await callerA.forgiveness.get({ id })).answers).toMatchObject([{ answer: "not_ready", note: null }]);
  });
});

describe("withdrawing", () => {
  it("lets the author withdraw a request that is still open, even after 'more time'", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = await sendApology(callerA);
    await callerB.forgiveness.answer({ id, answer: "more_time" });
    await callerA.forgiveness.withdraw({ id });
    expect((await callerB.forgiveness.get({ id })).status).toBe("withdrawn");
    expect(await codeOf(() => callerB.forgiveness.answer({ id, answer: "forgive" }))).toBe("CONFLICT");
    expect((await callerB.forgiveness.overview()).askedOfMe).toEqual([]);
  });

  it("lets only the author withdraw", async () => {
    const { callerA, callerB } = await makeCouple();
    const id = await sendApology(callerA);
    expect(await codeOf(() => callerB.forgiveness.withdraw({ id }))).toBe("FORBIDDEN");
    expect((await callerA.forgiveness.get({ id })).status).toBe("open");
  });
});

describe("views", () => {
  it("shows another couple's member nothing, as if the request did not exist", async () => {
    const { callerA } = await makeCouple();
    const other = await makeCouple(["Dana", "Eli"]);
    const id = await sendApology(callerA);
    for (const call of [
      () => other.callerA.forgiveness.get({ id }),
      () => other.callerA.forgiveness.answer({ id, answer: "forgive" }),
      () => other.callerA.forgiveness.withdraw({ id }),
      () => other.callerA.forgiveness.discardDraft({ id }),
      () => other.callerB.forgiveness.saveDraft({ id, kind: "forgiveness" }),
    ]) {
      expect(await codeOf(call)).toBe("NOT_FOUND");
    }
    expect(await other.callerA.forgiveness.overview()).toEqual({ askedOfMe: [], iAsked: [], drafts: [] });
    expect((await other.callerB.forgiveness.history({})).items).toEqual([]);
  });

  it("keeps the history of both partners' settled requests, newest first, page by page", async () => {
    const clock = testClock(new Date("2026-06-01T09:00:00Z"));
    const { a, b } = await makeCouple(["Alex", "Blair"]);
    const callerA = callerFor(a, { now: clock.now });
    const callerB = callerFor(b, { now: clock.now });

    const forgiven = await sendApology(callerA);
    clock.advance(60_000);
    await callerB.forgiveness.answer({ id: forgiven, answer: "forgive" });
    clock.advance(60_000);
    const withdrawn = await sendApology(callerB);
    clock.advance(60_000);
    await callerB.forgiveness.withdraw({ id: withdrawn });
    clock.advance(60_000);
    const stillOpen = await sendApology(callerA);
    clock.advance(60_000);
    const third = await sendApology(callerB);
    await callerA.forgiveness.answer({ id: third, answer: "forgive" });

    for (const caller of [callerA, callerB]) {
      const first = await caller.forgiveness.history({ limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual([third, withdrawn]);
      const second = await caller.forgiveness.history({ limit: 2, cursor: first.nextCursor });
      expect(second.items.map((item) => item.id)).toEqual([forgiven]);
      expect(second.nextCursor).toBeNull();
    }
    const [mine] = (await callerA.forgiveness.history({})).items;
    expect(mine).toMatchObject({ id: third, side: "theirs", authorName: "Blair", recipientName: "Alex" });
    expect((await callerA.forgiveness.overview()).iAsked.map((item) => item.id)).toEqual([stillOpen]);
  });

  it("puts a request under the recipient's Your turn and the author's Waiting on your partner, with the note", async () => {
    const { callerA, callerB } = await makeCouple(["Alex", "Blair"]);
    await callerA.forgiveness.saveDraft({
      id: randomUUID(),
      kind: "forgiveness",
      whatIDid: "a draft stays off both dashboards",
    });
    const id = await sendApology(callerA);
    await callerB.forgiveness.answer({ id, answer: "more_time", note: "Give me the summer." });

    const dashboardB = await callerB.dashboard.get();
    expect(dashboardB.yourTurn.filter((item) => item.kind.startsWith("forgiveness"))).toMatchObject([
      { id, title: "Alex asks for your forgiveness", href: `/forgiveness/${id}` },
    ]);
    expect(dashboardB.waitingOnPartner.filter((item) => item.kind.startsWith("forgiveness"))).toEqual([]);

    const dashboardA = await callerA.dashboard.get();
    expect(dashboardA.waitingOnPartner.filter((item) => item.kind.startsWith("forgiveness"))).toMatchObject([
      { id, title: "Your request for forgiveness", detail: "Blair needs more time: “Give me the summer.”" },
    ]);
    expect(dashboardA.yourTurn.filter((item) => item.kind.startsWith("forgiveness"))).toEqual([]);

    await callerB.forgiveness.answer({ id, answer: "forgive" });
    for (const caller of [callerA, callerB]) {
      const dashboard = await caller.dashboard.get();
      expect(
        [...dashboard.yourTurn, ...dashboard.waitingOnPartner].filter((item) => item.kind.startsWith("forgiveness")),
      ).toEqual([]);
    }
  });
});

describe("live updates", () => {
  it("tells the couple's screens after each change, without content", async () => {
    const { callerA, callerB, coupleId, a, b } = await makeCouple();
    const events: CoupleEvent[] = [];
    const unsubscribe = await subscribeToCouple(coupleId, (event) => events.push(event));
    try {
      const id = await sendApology(callerA);
      await callerB.forgiveness.answer({ id, answer: "more_time", note: "private words" });
      await callerA.forgiveness.withdraw({ id });
      // On PostgreSQL events travel through LISTEN/NOTIFY and arrive a moment later.
      await vi.waitFor(() => expect(events).toHaveLength(3));
      expect(events.map((event) => [event.topic, event.actorId])).toEqual([
        ["forgiveness", a.id],
        ["forgiveness", b.id],
        ["forgiveness", a.id],
      ]);
      expect(JSON.stringify(events)).not.toContain("private words");
    } finally {
      unsubscribe();
    }
  });
});

describe("the dashboard's requests", () => {
  it("finds a person's newest open requests in index order, without sorting them all", async () => {
    const { coupleId, a, b } = await makeCouple();
    // Hundreds of open and closed requests each way, as after a long, hard year.
    await db.execute(sql`
      insert into forgiveness_requests (id, couple_id, author_id, recipient_id, kind, status, created_at, updated_at, sent_at)
      select gen_random_uuid(), ${coupleId}::uuid, pair.author, pair.recipient, 'forgiveness',
             (array['open', 'more_time', 'not_ready', 'forgiven', 'withdrawn'])[1 + n % 5],
             now(), now(), now() - n * interval '1 hour'
      from generate_series(1, 600) as n,
           (values (${a.id}::uuid, ${b.id}::uuid), (${b.id}::uuid, ${a.id}::uuid)) as pair(author, recipient)`);
    await db.execute(sql`analyze forgiveness_requests`);

    const viewer = (await loadViewer(db, a.id, 0)) as CoupleViewer;
    const lines: string[] = [];
    for (const side of ["askedOfMe", "iAsked"] as const) {
      const { sql: text, params } = openRequestsQuery(db, side).toSQL();
      const values = { coupleId: viewer.couple.id, meId: viewer.me.id, limit: 10 };
      const plan = await db.$client.unsafe(`explain ${text}`, fillPlaceholders(params, values) as never[]);
      lines.push(...plan.map((row) => row["QUERY PLAN"]));
    }
    expect(lines.join("\n")).toContain("forgiveness_requests_open_recipient_idx");
    expect(lines.join("\n")).toContain("forgiveness_requests_open_author_idx");
    expect(lines.join("\n")).not.toMatch(/Sort Key: forgiveness_requests/);
  });
});
