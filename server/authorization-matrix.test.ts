import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter } from "./root";
import { callerFor, makeCouple, makeUser, makeWaitingCouple, type TestUser } from "@/test/harness";

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
  const actors: Record<Actor, TestUser | null> = { anonymous: null, noCouple: loner, otherCouple: other.a, partner: couple.a };
  return { couple, other, waiting, loner, actors };
}

/**
 * `input` may create records in `fixture.couple` (with the services) and return ids of
 * them: another couple's member must then get the same answer as for a missing id.
 */
type Row = { input?: (fixture: Fixture) => unknown; expect: Record<Actor, Outcome> };

const signedIn: Record<Actor, Outcome> = { anonymous: "UNAUTHORIZED", noCouple: "ok", otherCouple: "ok", partner: "ok" };
const inCouple: Record<Actor, Outcome> = { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "ok", partner: "ok" };
const everyone: Record<Actor, Outcome> = { anonymous: "ok", noCouple: "ok", otherCouple: "ok", partner: "ok" };
// Invite management is for a space still waiting for its partner: linked members get CONFLICT.
const waitingOnly: Record<Actor, Outcome> = { anonymous: "UNAUTHORIZED", noCouple: "FORBIDDEN", otherCouple: "CONFLICT", partner: "CONFLICT" };

let emailCounter = 0;
const matrix: Record<string, Row> = {
  "account.signUp": {
    input: () => ({ name: "New", email: `matrix-${Date.now()}-${emailCounter++}@example.test`, password: "long enough password" }),
    expect: everyone,
  },
  "account.me": { expect: signedIn },
  "account.updateProfile": { input: () => ({ name: "Renamed", timeZone: "Europe/Berlin" }), expect: signedIn },
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
  "couple.replaceInvite": { expect: waitingOnly },
  "couple.revokeInvite": { expect: waitingOnly },
  "couple.unlink": { input: () => ({ confirm: true }), expect: inCouple },
  "dashboard.get": { expect: inCouple },
};

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

function procedureAt(caller: ReturnType<typeof callerFor>, path: string) {
  const target = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return target as (input: unknown) => Promise<unknown>;
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
    it(`${path}: ${Object.entries(row.expect).map(([actor, outcome]) => `${actor} → ${outcome}`).join(", ")}`, async () => {
      const fixture = await makeFixture();
      const seen: Record<string, Outcome> = {};
      for (const actor of ["anonymous", "noCouple", "otherCouple", "partner"] as const) {
        const caller = callerFor(fixture.actors[actor]);
        const input = await row.input?.(fixture);
        seen[actor] = await outcomeOf(() => procedureAt(caller, path)(input));
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
