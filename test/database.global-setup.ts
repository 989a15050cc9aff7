import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../db/migrate";
import { startEmbeddedServer } from "../db/embedded-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The run's database is the embedded PGlite server, which holds one database only. */
    embeddedDatabase: boolean;
  }
}

/**
 * A fresh, migrated database for each run: a throwaway in-memory PGlite, or, when
 * DATABASE_URL names a PostgreSQL server, a new database on it that is dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const server = await startEmbeddedServer("memory://", 0);
    await migrateDatabase(server.url);
    project.provide("databaseUrl", server.url);
    project.provide("embeddedDatabase", true);
    return () => server.stop();
  }

  const name = `kintsugi_test_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  project.provide("databaseUrl", url.toString());
  project.provide("embeddedDatabase", false);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
