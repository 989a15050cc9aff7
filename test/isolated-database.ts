import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { startEmbeddedServer } from "@/db/embedded-server";

/**
 * A database of this test file's own, for tests that compare whole-database snapshots
 * (nothing else writes to it). PGlite in memory, or a new database on DATABASE_URL's server.
 */
export async function isolatedDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || inject("embeddedDatabase")) {
    const server = await startEmbeddedServer("memory://", 0);
    await migrateDatabase(server.url);
    const { client, db } = connect(server.url, { max: 2 });
    return {
      db,
      url: server.url,
      close: async () => {
        await client.end();
        await server.stop();
      },
    };
  }
  const name = `kintsugi_isolated_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const { client, db } = connect(url.toString(), { max: 2 });
  return {
    db,
    url: url.toString(),
    close: async () => {
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
