// Load test (not a CI test): 100 signed-in partners (50 couples) hold their connections
// for 60 s, loading the dashboard and making the main changes, then the figures print.
//
//   npm run load                     starts its own production server (run `npm run build` first)
//   npm run load -- --url http://…   against a running server (give it AUTH_ATTEMPTS_PER_IP ≥ 300)
//
// Only loopback targets are allowed: this is a test of our own server, never of another.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { assertLoopback, linkedPair, percentile, trpc, type Session } from "./http-session";

const { values: options } = parseArgs({
  options: {
    url: { type: "string" },
    users: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
  },
});
const USERS = Number(options.users);
const SECONDS = Number(options.seconds);
const PASSWORD = "load testing is patient work";

type Sample = { action: string; ms: number; status: number };

async function setUpCouples(base: string) {
  const sessions: Session[] = [];
  const run = Date.now().toString(36);
  for (let i = 0; i < USERS / 2; i++) {
    const { a, b } = await linkedPair(base, `load${i}-${run}`, PASSWORD);
    sessions.push(a, b);
  }
  return sessions;
}

const readinessStates = ["open_to_talk", "need_space", "need_to_vent"];
const actions: { name: string; weight: number; run: (base: string, session: Session) => Promise<unknown> }[] = [
  { name: "dashboard.get", weight: 70, run: (base, s) => trpc(base, "dashboard.get", undefined, s.cookie, "GET") },
  {
    name: "readiness.set",
    weight: 15,
    run: (base, s) =>
      trpc(base, "readiness.set", { state: readinessStates[Math.floor(Math.random() * 3)] }, s.cookie, "POST"),
  },
  {
    name: "vents.write",
    weight: 10,
    run: (base, s) => trpc(base, "vents.write", { body: `A hard day, written by ${s.name}.` }, s.cookie, "POST"),
  },
  { name: "timeline.list", weight: 5, run: (base, s) => trpc(base, "timeline.list", {}, s.cookie, "GET") },
];

function pickAction() {
  let roll = Math.random() * actions.reduce((sum, action) => sum + action.weight, 0);
  for (const action of actions) {
    roll -= action.weight;
    if (roll < 0) return action;
  }
  return actions[0]!;
}

async function startServer(): Promise<{ base: string; server: ChildProcess }> {
  const port = 3300;
  const server = spawn("npx", ["tsx", "scripts/with-database.ts", "next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      PGLITE_DIR: process.env.DATABASE_URL ? undefined : "memory://",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "load-test-secret-not-for-production-0123456789",
      NEXTAUTH_URL: `http://localhost:${port}`,
      AUTH_ATTEMPTS_PER_IP: "100000",
    },
    stdio: "ignore",
    // Its own process group, so stopping it stops every process npx started, server included.
    detached: true,
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(new URL("/sign-in", base)).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, server };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(server);
  throw new Error("The server did not start within 60 s (did you run `npm run build`?)");
}

function stopServer(server: ChildProcess) {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // Already gone.
  }
}

async function main() {
  const own = options.url ? null : await startServer();
  const base = options.url ?? own!.base;
  assertLoopback(base);
  try {
    console.log(`Setting up ${USERS} signed-in partners on ${base}…`);
    const sessions = await setUpCouples(base);
    console.log(`Holding ${sessions.length} connections for ${SECONDS} s…`);
    const samples: Sample[] = [];
    const errors = new Map<string, number>();
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      sessions.map(async (session) => {
        while (Date.now() < until) {
          const action = pickAction();
          const started = performance.now();
          try {
            await action.run(base, session);
            samples.push({ action: action.name, ms: performance.now() - started, status: 200 });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            errors.set(message, (errors.get(message) ?? 0) + 1);
          }
        }
      }),
    );
    console.log(`\n| action | requests | req/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|`);
    for (const name of ["all", ...actions.map((action) => action.name)]) {
      const ms = samples
        .filter((sample) => name === "all" || sample.action === name)
        .map((sample) => sample.ms)
        .sort((a, b) => a - b);
      console.log(
        `| ${name} | ${ms.length} | ${(ms.length / SECONDS).toFixed(0)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} |`,
      );
    }
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
    console.log(`\nerrors: ${errorCount}`);
    for (const [message, count] of errors) console.log(`  ${count} × ${message}`);
    process.exitCode = errorCount ? 1 : 0;
  } finally {
    if (own) stopServer(own.server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
