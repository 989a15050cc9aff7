import { signUp } from "@/server/account/service";
import { afterAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { restartableEmbedded, restartablePostgres, type RestartableDatabase } from "@/test/restartable-database";
import { createCaller } from "./root";

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
      const user = await signUp(db, { name: `Steady ${i}`, email: `steady-${i}@example.test`, password: "kept through restarts" }, null);
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
