import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { AsyncLocalStorage } from "node:async_hooks";
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
 *
 * Each piece was also a system call of its own, a visible share of a dashboard load's CPU: the
 * socket is corked at a piece's write and uncorked once the queries started in the same pass
 * of the event loop's callbacks and promises are written, so the pieces leave in one call.
 */
function socketWithoutDelay(options: { host: string[]; port: number[]; path?: string }) {
  const socket = options.path
    ? net.connect(options.path)
    : net.connect(options.port[0] ?? 5432, options.host[0] ?? "localhost");
  socket.setNoDelay(true);
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: net.Socket, ...args: Parameters<typeof write>) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return Reflect.apply(write, this, args) as boolean;
  } as typeof write;
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

/** The connection reserved by the `readTogether` the current code runs in, while its snapshot is open. */
type OpenRead = { connection: postgres.ReservedSql; open: boolean };
const currentRead = new AsyncLocalStorage<OpenRead>();

/**
 * One Drizzle handle per pool for every `readTogether`: each query it runs goes to the
 * connection the current read reserved, as a named statement (parsed and planned once per
 * connection: Drizzle's unnamed ones would each cost a describe round trip first). Being one
 * handle rather than one per read, a query prepared on it once serves every read after.
 */
const snapshots = new WeakMap<postgres.Sql, Database>();

function snapshotOf(db: Database): Database {
  let snapshot = snapshots.get(db.$client);
  if (!snapshot) {
    // Drizzle asks its client only for `unsafe` (and the parsers in `options`) when it reads.
    const client = {
      options: db.$client.options,
      unsafe(text: string, params?: never[], options?: postgres.UnsafeQueryOptions) {
        const read = currentRead.getStore();
        // A query started late would run after COMMIT, outside the snapshot and in a round trip of its own.
        if (!read?.open) throw new Error("A snapshot's query started after its readTogether had sent COMMIT.");
        return read.connection.unsafe(text, params, { ...options, prepare: true });
      },
    } as unknown as postgres.Sql;
    // Without the schema: services use the query builder, never `db.query`'s relational reads.
    snapshot = drizzle(client) as unknown as Database;
    snapshots.set(db.$client, snapshot);
  }
  return snapshot;
}

/**
 * Runs `read` on one reserved connection, inside one read-only snapshot, as one round trip:
 * BEGIN, every query `read` issues, and COMMIT are sent back to back (postgres.js pipelines
 * them) and only then awaited. `read` must start all its queries without waiting on one
 * another's answers — by the next turn of the event loop they are all queued behind BEGIN,
 * and COMMIT follows them; a query started after that fails.
 */
export async function readTogether<T>(db: Database, read: (snapshot: Database) => Promise<T>): Promise<T> {
  const connection = await db.$client.reserve();
  const open: OpenRead = { connection, open: true };
  try {
    const begin = connection.unsafe("begin transaction isolation level repeatable read, read only").execute();
    const reading = currentRead.run(open, () => read(snapshotOf(db)));
    await new Promise(setImmediate);
    open.open = false;
    const commit = connection.unsafe("commit").execute();
    const [began, result, committed] = await Promise.allSettled([begin, reading, commit]);
    for (const step of [began, result, committed]) if (step.status === "rejected") throw step.reason;
    return (result as PromiseFulfilledResult<T>).value;
  } finally {
    connection.release();
  }
}

/**
 * A query built once per database handle instead of at every call: Drizzle turning a query
 * into SQL was the largest share of the dashboard's CPU. `build` writes it with
 * `sql.placeholder(...)` for every value and ends with `.prepare(name)`; the values are given
 * to `execute` as the driver takes them (Drizzle doesn't map a placeholder's value by its
 * column): a time as its ISO string. On `readTogether`'s snapshot it is built once per process; on an open
 * transaction, once for that transaction, so it always runs where its caller's queries run.
 */
export function preparedQuery<Query>(build: (db: Executor) => Query): (db: Executor) => Query {
  const built = new WeakMap<Executor, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
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
