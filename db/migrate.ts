import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { sql } from "drizzle-orm";
import { Logger, runMigrations as migrateJobQueue } from "graphile-worker";
import { connect } from "./client";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

const quietLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(message);
});

/** Applies the committed SQL migrations; the same code path for PGlite and PostgreSQL. */
export async function migrateDatabase(url: string) {
  const { client, db } = connect(url, { max: 1 });
  try {
    // Several app instances may start at once: only one applies migrations.
    await db.execute(sql`select pg_advisory_lock(7231988)`);
    await migrate(db, { migrationsFolder });
    // The job queue's own schema (graphile_worker), so a transaction can queue a job from the first request.
    await migrateJobQueue({ connectionString: url, maxPoolSize: 1, logger: quietLogger });
    await db.execute(sql`select pg_advisory_unlock(7231988)`);
  } finally {
    await client.end();
  }
}
