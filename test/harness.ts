import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { connect } from "@/db/client";
import { createCaller } from "@/server/root";
import type { Context } from "@/server/trpc";
import { signUp } from "@/server/account/service";
import { createCouple, joinCouple } from "@/server/couple/service";
import { loadViewer } from "@/server/viewer";

const { client, db } = connect(inject("databaseUrl"), { max: 4 });
afterAll(() => client.end());

export { db };

export type TestUser = { id: string; name: string; email: string };

/** A settable clock for rules that depend on time. */
export function testClock(start = new Date()) {
  let current = start;
  return {
    now: () => current,
    set: (to: Date) => {
      current = to;
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export function callerFor(user: TestUser | null, options: { now?: () => Date; sessionVersion?: number } = {}) {
  const context: Context = {
    db,
    session: user ? { userId: user.id, sessionVersion: options.sessionVersion ?? 0 } : null,
    headers: null,
    now: options.now ?? (() => new Date()),
  };
  return createCaller(context);
}

export async function makeUser(name = "Sam"): Promise<TestUser> {
  return signUp(
    db,
    { name, email: `${name.toLowerCase()}-${randomUUID()}@example.test`, password: "correct horse battery" },
    null,
  );
}

async function viewerOf(user: TestUser) {
  const viewer = await loadViewer(db, user.id, 0);
  if (!viewer) throw new Error("test user vanished");
  return viewer;
}

/** Two linked partners in an active couple, ready for a feature test. */
export async function makeCouple(names: [string, string] = ["Alex", "Blair"], repairBeganOn = "2026-01-01") {
  const [a, b] = await Promise.all([makeUser(names[0]), makeUser(names[1])]);
  const { coupleId, invite } = await createCouple(db, await viewerOf(a), { repairBeganOn }, new Date());
  await joinCouple(db, await viewerOf(b), invite.code, new Date());
  return { coupleId, a, b, callerA: callerFor(a), callerB: callerFor(b) };
}

/** A user who created a couple space whose partner has not joined yet. */
export async function makeWaitingCouple(name = "Casey") {
  const user = await makeUser(name);
  const { coupleId, invite } = await createCouple(
    db,
    await viewerOf(user),
    { repairBeganOn: "2026-02-01" },
    new Date(),
  );
  return { user, coupleId, invite, caller: callerFor(user) };
}
