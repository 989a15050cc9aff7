import { randomUUID } from "node:crypto";
import type { Runner } from "graphile-worker";
import { closeDb, type Database } from "@/db/client";
import { signUp } from "@/server/account/service";
import { createCouple, joinCouple } from "@/server/couple/service";
import { loadViewer } from "@/server/viewer";
import { createCaller } from "@/server/root";
import { startJobWorker } from "@/server/jobs/worker";
import { isolatedDatabase } from "./isolated-database";
import { startMailSink } from "./mail-sink";
import { PEER_ADDRESS_HEADER } from "@/server/request";

export const TEST_APP_URL = "https://app.example";

/**
 * A database of the file's own with the job worker running on it and a real SMTP sink
 * receiving its mail: what a test of a mail journey needs. Its own database, so no other
 * test file's worker takes its jobs.
 */
export async function mailTestbed(options: { now?: () => Date; worker?: boolean } = {}) {
  const sink = await startMailSink();
  process.env.SMTP_URL = sink.url;
  process.env.NEXTAUTH_URL = TEST_APP_URL;
  process.env.NEXTAUTH_SECRET ??= "test-only-secret-for-signed-links-0123456789";
  const database = await isolatedDatabase();
  // What opens its own connection (the live bus, activity, route handlers) meets the same database,
  // until close() gives the run's own back (a second testbed in the file makes its database from there).
  const runDatabaseUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  const now = options.now ?? (() => new Date());
  let runner: Runner | null =
    options.worker === false
      ? null
      : await startJobWorker({ db: database.db, databaseUrl: database.url, now, pollInterval: 200 });

  /** A caller as a browser would make it: with headers (an IP, and a Host the links must ignore). */
  const caller = (session: { userId: string; sessionVersion: number } | null, ip = "203.0.113.7") =>
    createCaller({
      db: database.db,
      session,
      // The connection's own address, as server/peer-address.ts stamps it on every request.
      headers: new Headers({ host: "evil.example", origin: "http://evil.example", [PEER_ADDRESS_HEADER]: ip }),
      now,
    });

  return {
    sink,
    db: database.db,
    url: database.url,
    caller,
    async close() {
      await runner?.stop();
      runner = null;
      // The shared pool (live bus, activity) goes with this database; the next testbed opens its own.
      await closeDb();
      await database.close();
      process.env.DATABASE_URL = runDatabaseUrl;
      await sink.stop();
      delete process.env.SMTP_URL;
    },
  };
}

export const settle = (ms = 1200) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two linked partners in the testbed's database. */
export async function coupleIn(db: Database, names: [string, string] = ["Alex", "Blair"]) {
  const tag = randomUUID().slice(0, 8);
  const [a, b] = await Promise.all(
    names.map((name) =>
      signUp(
        db,
        {
          name,
          email: `${name.toLowerCase()}-${tag}@example.test`,
          password: "correct horse battery",
          timeZone: "UTC",
        },
        null,
      ),
    ),
  );
  const viewerOf = async (id: string) => (await loadViewer(db, id, 0))!;
  const { invite } = await createCouple(db, await viewerOf(a!.id), { repairBeganOn: "2026-01-01" }, new Date());
  await joinCouple(db, await viewerOf(b!.id), invite.code, new Date());
  return { a: a!, b: b! };
}
