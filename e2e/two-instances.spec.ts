// Two app instances on one PostgreSQL (127.0.0.1:5432, as in CI): a fresh database for the
// test, two `next start` processes on it, both sending mail to the run's SMTP sink.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { signUp } from "@/server/account/service";
import { createCouple, joinCouple } from "@/server/couple/service";
import { loadViewer } from "@/server/viewer";
import { signIn, trpc, trpcUrl } from "@/scripts/http-session";
import { mailTo } from "./support/mail";
import { e2ePorts } from "./support/ports";

const SERVER = process.env.TWO_INSTANCES_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";
const password = "two instances, one truth";

async function reachable(url: string) {
  const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end();
  }
}

function startInstance(port: number, databaseUrl: string): ChildProcess {
  return spawn("npx", ["next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "two-instances-secret-not-for-production-0123456789",
      SMTP_URL: `smtp://127.0.0.1:${e2ePorts().smtp}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    // Its own process group: stopping it stops next-server too, not only npx.
    detached: true,
  });
}

async function ready(base: string) {
  await expect
    .poll(async () => (await fetch(`${base}/sign-in`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [500],
    })
    .toBe(200);
}

test("two instances on one PostgreSQL: one mail, live events across, one sign-in limit", async () => {
  test.skip(!(await reachable(SERVER)), "needs PostgreSQL on 127.0.0.1:5432");
  test.setTimeout(180_000);
  const name = `kintsugi_two_${randomBytes(4).toString("hex")}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const ports = [e2ePorts().app + 30_000, e2ePorts().app + 30_001];
  const instances: ChildProcess[] = [];
  const { client, db } = connect(databaseUrl, { max: 2 });
  try {
    await migrateDatabase(databaseUrl);
    instances.push(...ports.map((port) => startInstance(port, databaseUrl)));
    const [one, two] = ports.map((port) => `http://localhost:${port}`) as [string, string];
    await Promise.all([ready(one), ready(two)]);

    const tag = randomUUID().slice(0, 8);
    const [a, b] = await Promise.all(
      ["Indigo", "Juniper"].map((who) =>
        signUp(db, { name: who, email: `${who.toLowerCase()}-${tag}@example.test`, password }, null),
      ),
    );
    const { invite } = await createCouple(
      db,
      (await loadViewer(db, a!.id, 0))!,
      { repairBeganOn: "2026-01-01" },
      new Date(),
    );
    await joinCouple(db, (await loadViewer(db, b!.id, 0))!, invite.code, new Date());
    const [sessionA, sessionB] = await Promise.all([signIn(one, a!.email, password), signIn(two, b!.email, password)]);

    // A live event from A on instance 1 reaches B's open stream on instance 2.
    const stream = await fetch(trpcUrl(two, "live.events"), {
      headers: { cookie: sessionB.cookie, accept: "text/event-stream" },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const heard = (async () => {
      const decoder = new TextDecoder();
      let text = "";
      while (!text.includes('"topic":"vents"')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      return text;
    })();

    // B turns mail on through instance 2; A acts through instance 1.
    await trpc(
      two,
      "notifications.save",
      {
        waiting: true,
        dates: false,
        milestones: false,
        period: "immediately",
        quietStart: 0,
        quietEnd: 0,
        showDetails: false,
      },
      sessionB.cookie,
      "POST",
    );
    await trpc(one, "vents.write", { body: "Heard on the other instance" }, sessionA.cookie, "POST");
    expect(
      await Promise.race([heard, new Promise<string>((resolve) => setTimeout(() => resolve("nothing"), 15_000))]),
    ).toContain('"topic":"vents"');
    await reader.cancel();

    // Both instances run a worker; the mail goes out once.
    await expect.poll(async () => (await mailTo(b!.email)).length, { timeout: 20_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await mailTo(b!.email)).toHaveLength(1);

    // Sign-in attempts for one email count across both instances: 5 + 5 wrong, then the right one is refused.
    for (let i = 0; i < 10; i++) {
      await expect(signIn(i % 2 ? two : one, a!.email, `wrong password ${i}`)).rejects.toThrow(/sign-in failed/);
    }
    await expect(signIn(one, a!.email, password)).rejects.toThrow(/sign-in failed/);
    await expect(signIn(two, b!.email, password)).resolves.toBeTruthy();
  } finally {
    for (const instance of instances) if (instance.pid) process.kill(-instance.pid, "SIGTERM");
    await client.end();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
