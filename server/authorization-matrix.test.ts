import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter } from "./root";
import { callerFor, db, makeCouple, makeUser, makeWaitingCouple, type TestUser } from "@/test/harness";
import { startSession } from "./sessions/service";
import { RESYNC_TOPIC, type LiveEvent } from "./live/service";

/**
 * Every procedure of the app router, called as each kind of actor, with the answer each
 * must get. Procedures are read from the router itself: a new procedure fails this test
 * until it has a row here.
 */
type Actor = "anonymous" | "noCouple" | "otherCouple" | "partner";
type Outcome = "ok" | TRPCError["code"];

type Fixture = Awaited<ReturnType<typeof makeFixture>>;

async function makeFixture() {
  const [couple, other, waiting, loner] = await Promise.all([
    makeCouple(["Alex", "Blair"]),
    makeCouple(["Dana", "Eli"]),
    makeWaitingCouple("Casey"),
    makeUser("Lone"),
  ]);
  const actors: Record<Actor, TestUser | null> = {
    anonymous: null,
    noCouple: loner,
    otherCouple: other.a,
    partner: couple.a,
  };
  return { couple, other, waiting, loner, actors };
}

/**
 * `input` may create records in `fixture.couple` (with the services) and return ids of
 * them: another couple's member must then get the same answer as for a missing id.
 */
type Row = {
  input?: (fixture: Fixture) => unknown;
  expect: Record<Actor, Outcome>;
  /** A subscription: "ok" only once its first event has been read, not merely once the call was let through. */
  readsFirstEvent?: true;
};

const signedIn: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  noCouple: "ok",
  otherCouple: "ok",
  partner: "ok",
};
const inCouple: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  noCouple: "FORBIDDEN",
  otherCouple: "ok",
  partner: "ok",
};
// A record of fixture.couple's: another couple's member gets the answer for a missing id.
const coupleRecord: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  noCouple: "FORBIDDEN",
  otherCouple: "NOT_FOUND",
  partner: "ok",
};
const everyone: Record<Actor, Outcome> = { anonymous: "ok", noCouple: "ok", otherCouple: "ok", partner: "ok" };
// Invite management is for a space still waiting for its partner: linked members get CONFLICT.
const waitingOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  noCouple: "FORBIDDEN",
  otherCouple: "CONFLICT",
  partner: "CONFLICT",
};

const noMail: Record<Actor, Outcome> = {
  anonymous: "BAD_REQUEST",
  noCouple: "BAD_REQUEST",
  otherCouple: "BAD_REQUEST",
  partner: "BAD_REQUEST",
};

let emailCounter = 0;
// A date that has already begun, so it can be kept; and a memory.
const matrixPlan = {
  title: "Dinner by the water",
  startsAt: "2026-01-10T19:00",
  endsAt: "2026-01-10T22:00",
  timeZone: "UTC",
  place: "The harbour",
  notes: "",
};
const matrixMemory = {
  title: "Our first winter",
  happenedOn: "2019-12-14",
  place: "Bergen",
  story: "Snow everywhere.",
};
type Caller = ReturnType<typeof callerFor>;

/** B's proposal in fixture.couple; one may wait at a time, so the previous actor's is withdrawn first. */
async function freshProposal(f: Fixture) {
  for (const share of (await f.couple.callerB.shares.list()).shares) {
    if (share.status === "proposed") await f.couple.callerB.shares.end({ id: share.id });
  }
  return f.couple.callerB.shares.propose({ sections: ["timeline", "datesKept"] });
}

type Terms = { owner: "me" | "partner"; cadence?: { kind: "daily" | "weekly" | "weekdays"; days: number[] } };

/** A responsibility `proposer` proposes in fixture.couple, owned as `owner` says from their side. */
function proposedBy(proposer: Caller, { owner, cadence = { kind: "daily", days: [] } }: Terms) {
  return proposer.responsibilities.propose({ title: "Bins", details: "", owner, cadence });
}

/** Proposed by one partner, agreed to by the other: a responsibility that counts. */
async function agreedBetween(proposer: Caller, agreer: Caller, terms: Terms) {
  const { id } = await proposedBy(proposer, terms);
  await agreer.responsibilities.agree({ id });
  return id;
}

/** A second-chance request `author` sends in fixture.couple. */
async function sentBy(author: Caller) {
  const id = crypto.randomUUID();
  await author.forgiveness.send({ id, kind: "second_chance", ask: "Will you let me show you?", whatIAmDoing: "" });
  return id;
}

const matrix: Record<string, Row> = {
  "account.signUp": {
    input: () => ({
      name: "New",
      email: `matrix-${Date.now()}-${emailCounter++}@example.test`,
      password: "long enough password",
    }),
    expect: everyone,
  },
  "account.me": { expect: signedIn },
  "account.updateProfile": { input: () => ({ name: "Renamed", timeZone: "Europe/Berlin" }), expect: signedIn },
  "account.changePassword": {
    input: () => ({ currentPassword: "correct horse battery", newPassword: "an even better password" }),
    expect: signedIn,
  },
  "account.signOutEverywhere": { expect: signedIn },
  // This suite's server has no mail: a reset can't be sent, and an email change applies at once.
  "account.forgotPassword": { input: () => ({ email: "anyone@example.test" }), expect: noMail },
  "account.resetPassword": {
    input: () => ({ token: "x".repeat(43), password: "a new long password" }),
    expect: noMail,
  },
  "account.changeEmail": {
    input: () => ({
      newEmail: `moved-${Date.now()}-${emailCounter++}@example.test`,
      password: "correct horse battery",
    }),
    expect: signedIn,
  },
  "notifications.settings": { expect: signedIn },
  "notifications.save": {
    input: () => ({
      waiting: true,
      dates: false,
      milestones: false,
      period: "daily",
      quietStart: 1320,
      quietEnd: 480,
      showDetails: false,
    }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "BAD_REQUEST", otherCouple: "BAD_REQUEST", partner: "BAD_REQUEST" },
  },
  "notifications.markSeen": { expect: signedIn },
  "account.exportData": { expect: signedIn },
  // Each actor deletes their own account with their own password: only the anonymous caller can't.
  "account.deleteAccount": {
    input: () => ({ password: "correct horse battery", confirm: "delete my account" }),
    expect: signedIn,
  },
  "couple.create": {
    input: () => ({ repairBeganOn: "2026-03-01" }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "ok", otherCouple: "CONFLICT", partner: "CONFLICT" },
  },
  "couple.previewInvite": { input: (f) => ({ code: f.waiting.invite.code }), expect: everyone },
  "couple.join": {
    input: (f) => ({ code: f.waiting.invite.code }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "ok", otherCouple: "CONFLICT", partner: "CONFLICT" },
  },
  "couple.currentInvite": { expect: inCouple },
  "couple.archived": { expect: signedIn },
  "couple.replaceInvite": { expect: waitingOnly },
  "couple.revokeInvite": { expect: waitingOnly },
  "couple.unlink": { input: () => ({ confirm: true }), expect: inCouple },
  "dashboard.get": { expect: inCouple },
  // Responsibilities and small changes: records are made in fixture.couple by the partner who must not be the one answering.
  "responsibilities.list": { expect: inCouple },
  "responsibilities.propose": {
    input: () => ({ title: "School run", details: "", owner: "me", cadence: { kind: "daily", days: [] } }),
    expect: inCouple,
  },
  "responsibilities.agree": {
    input: (f) => proposedBy(f.couple.callerB, { owner: "partner" }),
    expect: coupleRecord,
  },
  "responsibilities.decline": {
    input: (f) => proposedBy(f.couple.callerB, { owner: "me" }),
    expect: coupleRecord,
  },
  "responsibilities.suggestChange": {
    input: async (f) => ({
      ...(await proposedBy(f.couple.callerB, { owner: "me" })),
      title: "Dishes on weekdays",
      details: "",
      owner: "partner",
      cadence: { kind: "weekdays", days: [1, 2, 3, 4, 5] },
      note: "",
    }),
    expect: coupleRecord,
  },
  "responsibilities.requestChange": {
    input: async (f) => ({
      id: await agreedBetween(f.couple.callerB, f.couple.callerA, {
        owner: "me",
        cadence: { kind: "weekly", days: [] },
      }),
      kind: "pause",
    }),
    expect: coupleRecord,
  },
  "responsibilities.answerChange": {
    input: async (f) => {
      const id = await agreedBetween(f.couple.callerB, f.couple.callerA, {
        owner: "me",
        cadence: { kind: "weekly", days: [] },
      });
      await f.couple.callerB.responsibilities.requestChange({ id, kind: "retire" });
      return { id, confirm: true };
    },
    expect: coupleRecord,
  },
  "responsibilities.checkOff": {
    input: async (f) => ({ id: await agreedBetween(f.couple.callerB, f.couple.callerA, { owner: "partner" }) }),
    expect: coupleRecord,
  },
  "responsibilities.undoCheckOff": {
    input: async (f) => {
      const id = await agreedBetween(f.couple.callerB, f.couple.callerA, { owner: "partner" });
      return { id, day: (await f.couple.callerA.responsibilities.checkOff({ id })).day };
    },
    expect: coupleRecord,
  },
  "responsibilities.acknowledge": {
    input: async (f) => {
      const id = await agreedBetween(f.couple.callerA, f.couple.callerB, { owner: "partner" });
      await f.couple.callerB.responsibilities.checkOff({ id });
      const mine = (await f.couple.callerB.responsibilities.list()).find((r) => r.id === id);
      return { checkOffId: mine!.recentCheckOffs[0]!.id };
    },
    expect: coupleRecord,
  },
  "smallChanges.list": { expect: inCouple },
  "smallChanges.start": { input: () => ({ title: "No phone at dinner", details: "" }), expect: inCouple },
  "smallChanges.checkOff": {
    input: async (f) => f.couple.callerA.smallChanges.start({ title: "Walk", details: "" }),
    expect: coupleRecord,
  },
  "smallChanges.undoCheckOff": {
    input: async (f) => {
      const { id } = await f.couple.callerA.smallChanges.start({ title: "Walk", details: "" });
      return { id, day: (await f.couple.callerA.smallChanges.checkOff({ id })).day };
    },
    expect: coupleRecord,
  },
  "smallChanges.stop": {
    input: async (f) => f.couple.callerA.smallChanges.start({ title: "Walk", details: "" }),
    expect: coupleRecord,
  },
  "smallChanges.encourage": {
    input: async (f) => ({
      ...(await f.couple.callerB.smallChanges.start({ title: "Walk", details: "" })),
      message: "Proud of you",
    }),
    expect: coupleRecord,
  },
  "forgiveness.overview": { expect: inCouple },
  "forgiveness.history": { input: () => ({}), expect: inCouple },
  "forgiveness.get": {
    input: async (f) => ({ id: await sentBy(f.couple.callerB) }),
    expect: coupleRecord,
  },
  "forgiveness.saveDraft": {
    input: async (f) => {
      const id = crypto.randomUUID();
      await f.couple.callerA.forgiveness.saveDraft({ id, kind: "forgiveness", whatIDid: "Started" });
      return { id, kind: "forgiveness", whatIDid: "Started, and more" };
    },
    expect: coupleRecord,
  },
  "forgiveness.discardDraft": {
    input: async (f) => {
      const id = crypto.randomUUID();
      await f.couple.callerA.forgiveness.saveDraft({ id, kind: "second_chance", ask: "Maybe" });
      return { id };
    },
    expect: coupleRecord,
  },
  "forgiveness.send": {
    input: async (f) => {
      const id = crypto.randomUUID();
      await f.couple.callerA.forgiveness.saveDraft({ id, kind: "second_chance", ask: "Will you" });
      return { id, kind: "second_chance", ask: "Will you let me show you?", whatIAmDoing: "" };
    },
    expect: coupleRecord,
  },
  "forgiveness.withdraw": {
    input: async (f) => ({ id: await sentBy(f.couple.callerA) }),
    expect: coupleRecord,
  },
  "forgiveness.answer": {
    input: async (f) => ({ id: await sentBy(f.couple.callerB), answer: "more_time", note: "Soon, maybe." }),
    expect: coupleRecord,
  },
  "readiness.get": { expect: inCouple },
  "readiness.set": { input: () => ({ state: "open_to_talk", note: "After dinner?" }), expect: inCouple },
  "vents.list": { input: () => ({}), expect: inCouple },
  "vents.write": { input: () => ({ body: "Today was heavy." }), expect: inCouple },
  "vents.acknowledge": {
    input: async (f) => ({ id: (await f.couple.callerB.vents.write({ body: "It still hurts." })).id }),
    expect: coupleRecord,
  },
  "vents.remove": {
    input: async (f) => ({ id: (await f.couple.callerA.vents.write({ body: "Let me take this back." })).id }),
    expect: coupleRecord,
  },
  "timeline.list": { input: () => ({}), expect: inCouple },
  "timeline.add": { input: () => ({ title: "A good walk", occurredOn: "2026-02-01" }), expect: inCouple },
  "timeline.remove": {
    input: async (f) => ({ id: (await f.couple.callerA.timeline.add({ title: "Oops", occurredOn: "2026-02-01" })).id }),
    expect: coupleRecord,
  },
  "activity.unread": { expect: inCouple },
  "activity.markSeen": { expect: inCouple },
  // Each actor's couple acted after this "render", so an allowed stream opens with a resync to read.
  "live.events": {
    input: async (f) => {
      await Promise.all([
        f.couple.callerB.readiness.set({ state: "open_to_talk" }),
        f.other.callerB.readiness.set({ state: "open_to_talk" }),
      ]);
      return { renderedAt: new Date(Date.now() - 60_000) };
    },
    readsFirstEvent: true,
    expect: inCouple,
  },
  // Dates and memories: records are made in fixture.couple; another couple's member gets NOT_FOUND for their ids.
  "dates.ideas": { expect: inCouple },
  "dates.react": {
    input: async (f) => ({
      ideaId: (await f.couple.callerB.dates.addIdea({ title: "Night swim", category: "outdoors" })).id,
      reaction: "yes",
    }),
    expect: coupleRecord,
  },
  "dates.addIdea": { input: () => ({ title: "Pottery class", category: "new_together" }), expect: inCouple },
  "dates.removeIdea": {
    input: async (f) => ({
      ideaId: (await f.couple.callerA.dates.addIdea({ title: "Karaoke", category: "at_home" })).id,
    }),
    expect: coupleRecord,
  },
  "dates.list": { input: () => ({}), expect: inCouple },
  "dates.get": {
    input: async (f) => ({ id: (await f.couple.callerB.dates.create(matrixPlan)).id }),
    expect: coupleRecord,
  },
  "dates.create": { input: () => matrixPlan, expect: inCouple },
  "dates.update": {
    input: async (f) => ({
      ...matrixPlan,
      id: (await f.couple.callerB.dates.create(matrixPlan)).id,
      version: 1,
      place: "The pier",
    }),
    expect: coupleRecord,
  },
  "dates.setStatus": {
    input: async (f) => ({ id: (await f.couple.callerB.dates.create(matrixPlan)).id, version: 1, status: "done" }),
    expect: coupleRecord,
  },
  "dates.reflect": {
    input: async (f) => {
      const { id } = await f.couple.callerB.dates.create(matrixPlan);
      await f.couple.callerB.dates.setStatus({ id, version: 1, status: "done" });
      return { planId: id, body: "It was lovely." };
    },
    expect: coupleRecord,
  },
  "dates.calendarFile": {
    input: async (f) => ({ id: (await f.couple.callerB.dates.create(matrixPlan)).id }),
    expect: coupleRecord,
  },
  "memories.list": { input: () => ({}), expect: inCouple },
  "memories.get": {
    input: async (f) => ({ id: (await f.couple.callerB.memories.create(matrixMemory)).id }),
    expect: coupleRecord,
  },
  "memories.create": { input: () => matrixMemory, expect: inCouple },
  "memories.update": {
    input: async (f) => ({
      ...matrixMemory,
      id: (await f.couple.callerB.memories.create(matrixMemory)).id,
      story: "Retold",
    }),
    expect: coupleRecord,
  },
  "memories.remove": {
    input: async (f) => ({ id: (await f.couple.callerB.memories.create(matrixMemory)).id }),
    expect: coupleRecord,
  },
  // Sessions are each person's own: another person's session id answers as a missing one.
  "sessions.list": { expect: signedIn },
  "sessions.end": {
    input: async (f) => ({ id: await startSession(db, { id: f.couple.a.id, sessionVersion: 0 }, "", new Date()) }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "NOT_FOUND", otherCouple: "NOT_FOUND", partner: "ok" },
  },
  "sessions.endOthers": { expect: signedIn },
  // Shares: A proposes in fixture.couple, so B's acts there are the partner's; another couple's member gets NOT_FOUND.
  "shares.list": { expect: inCouple },
  "shares.propose": {
    input: () => ({ sections: ["timeline"] }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "ok", partner: "ok" },
  },
  "shares.accept": {
    input: (f) => freshProposal(f),
    expect: coupleRecord,
  },
  "shares.renewLink": {
    input: async (f) => {
      const { id } = await f.couple.callerB.shares.propose({ sections: ["timeline"] });
      await f.couple.callerA.shares.accept({ id });
      return { id };
    },
    expect: coupleRecord,
  },
  "shares.end": {
    input: (f) => freshProposal(f),
    expect: coupleRecord,
  },
  // The safety check is a person's own: anyone signed in, couple or not; another's saved check reads as missing.
  "safety.kept": { expect: signedIn },
  "safety.keep": { input: () => ({ answers: { hurt: 1, insult: 2, threaten: 1, scream: 3 } }), expect: signedIn },
  "safety.forget": {
    input: async (f) => ({
      id: (await f.couple.callerB.safety.keep({ answers: { hurt: 1, insult: 1, threaten: 1, scream: 1 } })).id,
    }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "NOT_FOUND", otherCouple: "NOT_FOUND", partner: "NOT_FOUND" },
  },
  "safety.forgetAll": { expect: signedIn },
  "memories.removePhoto": {
    input: async (f) => ({ id: (await f.couple.callerB.memories.create(matrixMemory)).id }),
    expect: coupleRecord,
  },
  // The pace of recovery: moving forward takes the partner; another couple's member acts on their own couple's pace.
  "pace.get": { expect: inCouple },
  "pace.propose": {
    input: () => ({ phase: "attune" }),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "ok", partner: "ok" },
  },
  "pace.accept": {
    input: async (f) => {
      await f.couple.callerB.pace.propose({ phase: "attune" });
      return { phase: "attune" };
    },
    expect: { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "CONFLICT", partner: "ok" },
  },
  "pace.withdraw": { expect: inCouple },
  "pace.stepBack": {
    input: async (f) => {
      if ((await f.couple.callerA.pace.get()).phase === "atone") {
        await f.couple.callerB.pace.propose({ phase: "attune" });
        await f.couple.callerA.pace.accept({ phase: "attune" });
      }
      return { phase: "atone" };
    },
    expect: { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "CONFLICT", partner: "ok" },
  },
  "checkIns.mine": { input: () => ({}), expect: inCouple },
  "checkIns.partner": {
    input: () => ({}),
    expect: { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "ok", partner: "ok" },
  },
  "checkIns.record": { input: () => ({ safety: 5, trust: 6, connection: 7, note: "Mine alone" }), expect: inCouple },
  // Only my own day's reading can be removed: another couple's member finds none of theirs.
  "checkIns.remove": {
    input: async (f) => ({ day: (await f.couple.callerA.checkIns.record({ safety: 5, trust: 5, connection: 5 })).day }),
    expect: coupleRecord,
  },
  "checkIns.setSharing": { input: () => ({ level: "direction" }), expect: inCouple },
  "disclosures.list": { input: () => ({}), expect: inCouple },
  "disclosures.write": { input: () => ({ body: "Something I chose to tell." }), expect: inCouple },
  "disclosures.acknowledge": {
    input: async (f) => ({ id: (await f.couple.callerB.disclosures.write({ body: "I saw them today." })).id }),
    expect: coupleRecord,
  },
  "disclosures.takeBack": {
    input: async (f) => ({ id: (await f.couple.callerA.disclosures.write({ body: "Not ready yet." })).id }),
    expect: coupleRecord,
  },
};

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

function procedureAt(caller: ReturnType<typeof callerFor>, path: string) {
  const target = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return target as (input: unknown) => Promise<unknown>;
}

/** Reads a subscription's first event (a resync, here), then closes it. */
async function readFirstEvent(stream: unknown) {
  const events = (stream as AsyncIterable<LiveEvent>)[Symbol.asyncIterator]();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const first = await Promise.race([
      events.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no first event within 5 s")), 5_000);
      }),
    ]);
    expect(first).toMatchObject({ done: false, value: { topic: RESYNC_TOPIC } });
  } finally {
    clearTimeout(timer);
    // Not awaited: a stream still waiting for its first event would only close once one came.
    void events.return?.(undefined);
  }
}

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("authorization matrix", () => {
  it("has an expectation for every procedure of the app router", () => {
    const missing = procedurePaths.filter((path) => !(path in matrix));
    const stale = Object.keys(matrix).filter((path) => !procedurePaths.includes(path));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  for (const path of procedurePaths) {
    const row = matrix[path];
    if (!row) continue;
    it(`${path}: ${Object.entries(row.expect)
      .map(([actor, outcome]) => `${actor} → ${outcome}`)
      .join(", ")}`, async () => {
      const fixture = await makeFixture();
      const seen: Record<string, Outcome> = {};
      for (const actor of ["anonymous", "noCouple", "otherCouple", "partner"] as const) {
        const caller = callerFor(fixture.actors[actor]);
        const input = await row.input?.(fixture);
        seen[actor] = await outcomeOf(async () => {
          const result = await procedureAt(caller, path)(input);
          if (row.readsFirstEvent) await readFirstEvent(result);
        });
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
