import { afterAll, describe, expect, it, vi } from "vitest";
import { signUp } from "@/server/account/service";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { restartableEmbedded, restartablePostgres, type RestartableDatabase } from "@/test/restartable-database";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { createRequestContext } from "./context";
import { createCaller } from "./root";

// The tRPC route handler runs as it does in production, on the database of the test at hand.
vi.mock("./context", () => ({ createRequestContext: vi.fn() }));

/**
 * The database restarts while the app is serving: calls during the outage fail cleanly
 * (SERVICE_UNAVAILABLE, not a hang or a 500), the app reconnects by itself, and every
 * write it acknowledged before the restart is still there after.
 */
async function exerciseRestart(database: RestartableDatabase) {
  await migrateDatabase(database.url);
  const { client, db } = connect(database.url, { max: 4 });
  const caller = (userId: string | null) =>
    createCaller({ db, session: userId ? { userId, sessionVersion: 0 } : null, headers: null, now: () => new Date() });
  try {
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const user = await signUp(
        db,
        { name: `Steady ${i}`, email: `steady-${i}@example.test`, password: "kept through restarts" },
        null,
      );
      acknowledged.push(user.id);
    }
    const witness = caller(acknowledged[0]!);

    await database.stop();
    const during = await witness.account.me().then(
      () => null,
      (error: unknown) => error,
    );
    expect(during).toBeInstanceOf(TRPCError);
    expect((during as TRPCError).code).toBe("SERVICE_UNAVAILABLE");

    await database.start();
    let recovered = false;
    for (let attempt = 0; attempt < 50 && !recovered; attempt++) {
      recovered = await witness.account.me().then(
        () => true,
        () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 200)),
      );
    }
    expect(recovered).toBe(true);
    for (const id of acknowledged) {
      await expect(caller(id).account.me()).resolves.toMatchObject({ me: { id } });
    }
  } finally {
    await client.end({ timeout: 1 });
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe("a database restart while serving", () => {
  it("on the embedded PGlite server: fails cleanly, recovers by itself, loses no acknowledged write", async () => {
    const database = await restartableEmbedded();
    cleanups.push(() => database.destroy());
    await exerciseRestart(database);
  }, 120_000);

  it("on PostgreSQL: fails cleanly, recovers by itself, loses no acknowledged write", async (context) => {
    const database = await restartablePostgres();
    if (!database) {
      context.skip("no PostgreSQL binaries or not root: a private server can't be started here");
      return;
    }
    cleanups.push(() => database.destroy());
    await exerciseRestart(database);
  }, 120_000);
});

/**
 * A query fails inside the database (here a check constraint refuses every new vent): the
 * client gets a generic INTERNAL_SERVER_ERROR with a short error id and nothing else, no
 * SQL, no parameters (the couple's and the person's ids), no stack and no driver message;
 * the server's log has the details under that same id.
 */
async function exerciseFailingQuery(database: RestartableDatabase) {
  await migrateDatabase(database.url);
  const { client, db } = connect(database.url, { max: 2 });
  const caller = (userId: string | null) =>
    createCaller({ db, session: userId ? { userId, sessionVersion: 0 } : null, headers: null, now: () => new Date() });
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const password = "a failing query";
    const a = await signUp(db, { name: "Ada", email: "ada@example.test", password }, null);
    const b = await signUp(db, { name: "Bo", email: "bo@example.test", password }, null);
    const { coupleId, invite } = await caller(a.id).couple.create({ repairBeganOn: "2026-01-01" });
    await caller(b.id).couple.join({ code: invite.code });
    await db.execute(sql`alter table vents add constraint kintsugi_test_refuses_every_vent check (false) not valid`);

    vi.mocked(createRequestContext).mockImplementation(async (headers) => ({
      db,
      session: { userId: a.id, sessionVersion: 0 },
      headers,
      now: () => new Date(),
    }));
    const response = await trpcPost(
      new Request("http://localhost:3000/api/trpc/vents.write", {
        method: "POST",
        headers: { host: "localhost:3000", origin: "http://localhost:3000", "content-type": "application/json" },
        body: JSON.stringify({ json: { body: "This will not be stored." } }),
      }),
    );
    const raw = await response.text();
    expect(response.status).toBe(500);
    const { error } = JSON.parse(raw) as {
      error: { json: { message: string; data: { code: string; errorId: string } } };
    };
    expect(error.json.data.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.json.data.errorId).toMatch(/^[0-9a-f]{10}$/);
    expect(error.json.message).toContain(error.json.data.errorId);
    for (const internal of [
      /insert/i,
      /\\"vents\\"/,
      /relation/i,
      /params/i,
      /failed query/i,
      /constraint/i,
      /kintsugi_test/,
      a.id,
      coupleId,
      /\bat \S+ \(/,
      /node_modules/,
      /"stack"/,
    ]) {
      expect(raw).not.toMatch(internal);
    }
    // The details are in the server's log, under the id the client was given.
    const line = logged.mock.calls.find((call) => String(call[0]).includes(error.json.data.errorId));
    expect(line, "the error is logged under its id").toBeTruthy();
    expect(String((line![1] as Error).message)).toMatch(/insert into "vents"/);
  } finally {
    logged.mockRestore();
    await client.end({ timeout: 1 });
  }
}

describe("a query that fails in the database", () => {
  it("on the embedded PGlite server: answers with an error id and no SQL, parameters or stack", async () => {
    const database = await restartableEmbedded();
    cleanups.push(() => database.destroy());
    await exerciseFailingQuery(database);
  }, 120_000);

  it("on PostgreSQL: answers with an error id and no SQL, parameters or stack", async (context) => {
    const database = await restartablePostgres();
    if (!database) {
      context.skip("no PostgreSQL binaries or not root: a private server can't be started here");
      return;
    }
    cleanups.push(() => database.destroy());
    await exerciseFailingQuery(database);
  }, 120_000);
});
