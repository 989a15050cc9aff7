import pg from "pg";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "./embedded-server";

let server: EmbeddedServer;
beforeAll(async () => {
  server = await startEmbeddedServer("memory://", 0);
});
afterAll(() => server.stop());

describe("LISTEN/NOTIFY on the embedded server", () => {
  it("delivers a notification to every connection listening on its channel, and to no other", async () => {
    const listener = postgres(server.url, { max: 1, onnotice: () => {} });
    const bystander = new pg.Client(server.url);
    const notifier = postgres(server.url, { max: 1, onnotice: () => {} });
    await bystander.connect();
    const heard: string[] = [];
    const strays: string[] = [];
    bystander.on("notification", (message) => strays.push(message.channel));
    try {
      await listener.listen("couple events", (payload) => heard.push(payload));
      // node-postgres, as the job queue uses it: a simple query of several statements.
      await bystander.query('LISTEN "jobs:insert"; LISTEN other;');
      await notifier`select pg_notify('couple events', 'outside a transaction')`;
      await notifier.begin(async (tx) => {
        await tx`select pg_notify('couple events', 'at commit')`;
      });
      await vi.waitFor(() => expect(heard).toEqual(["outside a transaction", "at commit"]));
      expect(strays).toEqual([]);

      await notifier`select pg_notify('jobs:insert', '')`;
      await vi.waitFor(() => expect(strays).toEqual(["jobs:insert"]));
    } finally {
      await Promise.all([listener.end(), bystander.end(), notifier.end()]);
    }
  });

  it("keeps a channel heard by one connection when another stops listening to it", async () => {
    const staying = postgres(server.url, { max: 1, onnotice: () => {} });
    const leaving = new pg.Client(server.url);
    const notifier = postgres(server.url, { max: 1, onnotice: () => {} });
    await leaving.connect();
    const heard: string[] = [];
    try {
      await staying.listen("shared", (payload) => heard.push(payload));
      await leaving.query("LISTEN shared");
      await leaving.query("UNLISTEN shared");
      await notifier`select pg_notify('shared', 'still heard')`;
      await vi.waitFor(() => expect(heard).toEqual(["still heard"]));
    } finally {
      await Promise.all([staying.end(), leaving.end(), notifier.end()]);
    }
  });
});
