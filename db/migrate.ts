import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { sql } from "drizzle-orm";
import { connect } from "./client";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Applies the committed SQL migrations; the same code path for PGlite and PostgreSQL. */
export async function migrateDatabase(url: string) {
  const { client, db } = connect(url, { max: 1 });
  try {
    // Several app instances may start at once: only one applies migrations.
    await db.execute(sql`select pg_advisory_lock(7231988)`);
    await migrate(db, { migrationsFolder });
    await db.execute(sql`select pg_advisory_unlock(7231988)`);
  } finally {
    await client.end();
  }
}
