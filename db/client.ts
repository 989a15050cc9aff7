import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import net from "node:net";
import os from "node:os";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
/** A database handle or an open transaction: services accept either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

/*
 * Twice the cores, the usual starting point for a pool (HikariCP's sizing rule): connections
 * beyond what the CPUs can run at once only queue inside the database and contend there. On
 * this 2-core machine 4 served the dashboard about 20 % faster than 10 did. A database on
 * bigger hardware of its own can take more: set DB_POOL_MAX.
 */
const DEFAULT_POOL_SIZE = Math.max(4, os.availableParallelism() * 2);

/**
 * postgres.js writes a pipelined batch in pieces of about 1 KB, and with Nagle's algorithm the
 * kernel holds every piece after the first until the database acknowledges it: the dashboard's
 * one round trip became two. Its sockets are opened here, with TCP_NODELAY (as Node's HTTP
 * server sets it). postgres.js takes a socket it is given as connected, so this connects it.
 */
function socketWithoutDelay(options: { host: string[]; port: number[]; path?: string }) {
  const socket = options.path
    ? net.connect(options.path)
    : net.connect(options.port[0] ?? 5432, options.host[0] ?? "localhost");
  socket.setNoDelay(true);
  return socket;
}

export function connect(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? Number(process.env.DB_POOL_MAX ?? DEFAULT_POOL_SIZE),
    onnotice: () => {},
    // Survive a database restart: idle sockets are recycled instead of kept forever.
    idle_timeout: 30,
    connect_timeout: 10,
    // Spread: postgres.js reads a `socket` option its published types don't declare.
    ...{ socket: socketWithoutDelay },
  });
  return { client, db: drizzle(client, { schema }) };
}

/**
 * Runs `read` on one reserved connection, inside one read-only snapshot, as one round trip:
 * BEGIN, every query `read` issues, and COMMIT are sent back to back (postgres.js pipelines
 * them) and only then awaited. `read` must start all its queries without waiting on one
 * another's answers — by the next turn of the event loop they are all queued behind BEGIN,
 * and COMMIT follows them. Each runs as a named statement, parsed and planned once per
 * connection: Drizzle's unnamed ones would each cost a describe round trip first.
 */
export async function readTogether<T>(db: Database, read: (snapshot: Database) => Promise<T>): Promise<T> {
  const reserved = await db.$client.reserve();
  try {
    // Drizzle asks its client only for `unsafe` (and the parsers in `options`) when it reads.
    const client = {
      options: db.$client.options,
      unsafe: (text: string, params?: never[], options?: postgres.UnsafeQueryOptions) =>
        reserved.unsafe(text, params, { ...options, prepare: true }),
    } as unknown as postgres.Sql;
    // Without the schema: services use the query builder, never `db.query`'s relational reads.
    const snapshot = drizzle(client) as unknown as Database;
    const begin = reserved.unsafe("begin transaction isolation level repeatable read, read only").execute();
    const reading = read(snapshot);
    await new Promise(setImmediate);
    const commit = reserved.unsafe("commit").execute();
    const [began, result, committed] = await Promise.allSettled([begin, reading, commit]);
    for (const step of [began, result, committed]) if (step.status === "rejected") throw step.reason;
    return (result as PromiseFulfilledResult<T>).value;
  } finally {
    reserved.release();
  }
}

// One pool per server process; Next's dev server reloads modules, so the pool is kept
// on globalThis instead of being opened again on every edit.
const globalForDb = globalThis as unknown as { kintsugiDb?: ReturnType<typeof connect> };

export function getDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which serve the embedded database when no DATABASE_URL is given.",
    );
  }
  globalForDb.kintsugiDb ??= connect(url);
  return globalForDb.kintsugiDb.db;
}

/** Ends the shared pool, so a process that used it can exit without waiting for idle timeouts. */
export async function closeDb() {
  const current = globalForDb.kintsugiDb;
  globalForDb.kintsugiDb = undefined;
  await current?.client.end();
}
