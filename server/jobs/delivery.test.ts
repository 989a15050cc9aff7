import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Runner } from "graphile-worker";
import { sql } from "drizzle-orm";
import { isolatedDatabase } from "@/test/isolated-database";
import { startMailSink, type MailSink } from "@/test/mail-sink";
import { signUp } from "@/server/account/service";
import { enqueueJob } from "./queue";
import { startJobWorker } from "./worker";

let sink: MailSink;
let database: Awaited<ReturnType<typeof isolatedDatabase>>;
const runners: Runner[] = [];

beforeAll(async () => {
  sink = await startMailSink();
  process.env.SMTP_URL = sink.url;
  database = await isolatedDatabase();
});
afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  await database.close();
  await sink.stop();
});
beforeEach(() => {
  sink.messages.length = 0;
});

async function startWorker() {
  const runner = await startJobWorker({ db: database.db, databaseUrl: database.url, pollInterval: 200 });
  runners.push(runner);
  return runner;
}

async function stopWorkers() {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
}

let counter = 0;
async function person() {
  return signUp(
    database.db,
    { name: "Robin", email: `robin-${++counter}-${Date.now()}@example.test`, password: "correct horse battery" },
    null,
  );
}

const noticeFor = (userId: string) => ({ userId, notice: "password_reset" });
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe("mail delivery through the job queue", () => {
  it("queues a mail in the caller's transaction: a rolled-back change sends nothing", async () => {
    await startWorker();
    const [kept, rolledBack] = [await person(), await person()];
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, "account_notice", noticeFor(rolledBack.id));
        throw new Error("the change failed");
      })
      .catch(() => {});
    await database.db.transaction((tx) => enqueueJob(tx, "account_notice", noticeFor(kept.id)));
    await sink.waitFor(() => sink.to(kept.email).length === 1);
    await settle();
    expect(sink.to(rolledBack.email)).toHaveLength(0);
    expect(sink.to(kept.email)).toHaveLength(1);
    await stopWorkers();
  });

  it("delivers once a mail queued before a restart", async () => {
    const someone = await person();
    await enqueueJob(database.db, "account_notice", noticeFor(someone.id));
    await settle();
    expect(sink.to(someone.email)).toHaveLength(0);
    await startWorker();
    await sink.waitFor(() => sink.to(someone.email).length > 0);
    await stopWorkers();
    await startWorker();
    await settle();
    expect(sink.to(someone.email)).toHaveLength(1);
    await stopWorkers();
  });

  it("retries with backoff when the SMTP server refuses, then delivers once", async () => {
    const someone = await person();
    sink.refuseNext(1);
    await startWorker();
    await enqueueJob(database.db, "account_notice", noticeFor(someone.id));
    await sink.waitFor(() => sink.to(someone.email).length > 0, 20_000);
    await settle();
    expect(sink.to(someone.email)).toHaveLength(1);
    const [job] = await database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from graphile_worker.jobs`,
    );
    expect(job?.count).toBe(0);
    await stopWorkers();
  });

  it("sends each mail exactly once with two workers on one database", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => person()));
    await database.db.transaction(async (tx) => {
      for (const someone of people) await enqueueJob(tx, "account_notice", noticeFor(someone.id));
    });
    await Promise.all([startWorker(), startWorker()]);
    await sink.waitFor(() => people.every((someone) => sink.to(someone.email).length > 0));
    await settle();
    for (const someone of people) expect(sink.to(someone.email)).toHaveLength(1);
    await stopWorkers();
  });

  it("writes a text part and a plain HTML part with no remote content", async () => {
    const someone = await person();
    await startWorker();
    await enqueueJob(database.db, "account_notice", noticeFor(someone.id));
    const [mail] = await sink.waitFor(() => sink.to(someone.email).length > 0).then(() => sink.to(someone.email));
    expect(mail!.text).toContain("/forgot-password");
    expect(mail!.html).toContain("<p>");
    expect(mail!.html).not.toMatch(/<img|<script|src=|url\(/i);
    expect(mail!.from).not.toMatch(/kintsugi/i);
    await stopWorkers();
  });
});
