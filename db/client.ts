import { fillPlaceholders, is, Placeholder, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import os from "node:os";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
/** A database handle or an open transaction: services accept either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

// The benchmark counts SQL statements per page load (KINTSUGI_BENCH=1 only).
const statements = { count: 0 };
export function statementsExecuted() {
  return statements.count;
}

/*
 * Twice the cores, the usual starting point for a pool (HikariCP's sizing rule): connections
 * beyond what the CPUs can run at once only queue inside the database and contend there. On
 * this 2-core machine 4 served the dashboard about 20 % faster than 10 did. A database on
 * bigger hardware of its own can take more: set DB_POOL_MAX.
 */
const DEFAULT_POOL_SIZE = Math.max(4, os.availableParallelism() * 2);

export function connect(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? Number(process.env.DB_POOL_MAX ?? DEFAULT_POOL_SIZE),
    onnotice: () => {},
    // Survive a database restart: idle sockets are recycled instead of kept forever.
    idle_timeout: 30,
    connect_timeout: 10,
    ...(process.env.KINTSUGI_BENCH === "1" ? { debug: () => void statements.count++ } : {}),
  });
  return { client, db: drizzle(client, { schema }) };
}

const dialect = new PgDialect();

/** A constant that reads the same as a literal in the statement's text as it does as a parameter. */
function literalOf(value: unknown): string | null {
  // Without backslashes a quoted literal means the same whatever standard_conforming_strings says.
  if (typeof value === "string" && !/[\\\0]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number" && Number.isSafeInteger(value)) return value < 0 ? `(${value})` : String(value);
  if (typeof value === "boolean") return String(value);
  return null;
}

/**
 * Drizzle binds every value in a query, constants included: the dashboard's statement had
 * over a hundred parameters (json keys, statuses, limits), serialized, sent and parsed on
 * every call. Constants become literals once, when the statement is built, and each
 * placeholder is bound once however often the statement uses it.
 */
export function withConstantsInlined({ sql: text, params }: { sql: string; params: unknown[] }) {
  const kept: unknown[] = [];
  const placeholderNumbers = new Map<string, number>();
  let expected = 1;
  const inlined = text.replace(/\$(\d+)/g, (marker, digits: string) => {
    // Drizzle numbers its parameters in order of appearance: anything else is not one of its markers.
    if (Number(digits) !== expected) throw new Error(`Unexpected ${marker} in a statement (expected $${expected})`);
    const value = params[expected++ - 1];
    if (is(value, Placeholder)) {
      let number = placeholderNumbers.get(value.name);
      if (number === undefined) {
        number = kept.push(value);
        placeholderNumbers.set(value.name, number);
      }
      return `$${number}`;
    }
    return literalOf(value) ?? `$${kept.push(value)}`;
  });
  if (expected !== params.length + 1)
    throw new Error(`A statement used ${expected - 1} of its ${params.length} parameters`);
  return { text: inlined, params: kept };
}

/**
 * A statement built once, with `sql.placeholder`s for what changes per call, and run as a
 * named prepared statement: parsed and planned once per connection, then one round trip
 * per call. Drizzle's own `execute` never prepares, so each call pays a describe round
 * trip and a fresh plan — too much for the statements every page load runs.
 */
export function preparedStatement(query: SQL) {
  const { text, params } = withConstantsInlined(dialect.sqlToQuery(query));
  return async <Row>(db: Database, values: Record<string, unknown>): Promise<Row[]> => {
    const filled = fillPlaceholders(params, values) as postgres.ParameterOrJSON<never>[];
    return (await db.$client.unsafe(text, filled, { prepare: true })) as unknown as Row[];
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
