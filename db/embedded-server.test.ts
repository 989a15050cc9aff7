import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "./embedded-server";

let server: EmbeddedServer;
const clients: postgres.Sql[] = [];
function client() {
  const sql = postgres(server.url, { max: 1, onnotice: () => {} });
  clients.push(sql);
  return sql;
}

beforeAll(async () => {
  server = await startEmbeddedServer("memory://", 0);
});
afterAll(async () => {
  await Promise.all(clients.map((sql) => sql.end()));
  await server.stop();
});

async function preparedNames(sql: postgres.Sql) {
  const rows = await sql<{ name: string }[]>`select name from pg_prepared_statements`;
  return rows.map((row) => row.name);
}

describe("the embedded server", () => {
  it("keeps each connection's prepared statements apart, and runs them with their own values", async () => {
    const [first, second] = [client(), client()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? first : second).unsafe("select $1::int * 2 as doubled", [i], { prepare: true }),
      ),
    );
    expect(results.map((rows) => rows[0]!.doubled)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it("drops a connection's prepared statements when it leaves", async () => {
    const leaving = client();
    await leaving.unsafe("select $1::text as said", ["hello"], { prepare: true });
    const watcher = client();
    const before = await preparedNames(watcher);
    await leaving.end();
    await expect.poll(async () => (await preparedNames(watcher)).length).toBeLessThan(before.length);
  });
});
