// Load test (not a CI test): 100 signed-in partners (50 couples) hold their connections
// for 60 s, loading the dashboard and making the main changes, then the figures print.
//
//   npm run load                     starts its own production server (run `npm run build` first)
//   npm run load -- --url http://…   against a running server (give it AUTH_ATTEMPTS_PER_IP ≥ 300)
//
// Only loopback targets are allowed: this is a test of our own server, never of another.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";

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

type Session = { cookie: string; name: string };
type Sample = { action: string; ms: number; status: number };

function assertLoopback(base: string) {
  const { hostname } = new URL(base);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(hostname)) throw new Error(`Refusing to load ${hostname}: loopback only.`);
}

function cookiesOf(response: Response, jar = new Map<string, string>()) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!, value.join("="));
  }
  return jar;
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function trpc(base: string, path: string, input: unknown, cookie: string, method: "GET" | "POST") {
  const url = new URL(`/api/trpc/${path}`, base);
  const init: RequestInit = { method, headers: { cookie, origin: base, "content-type": "application/json" } };
  if (method === "GET") url.searchParams.set("input", JSON.stringify({ json: input ?? null }));
  else init.body = JSON.stringify({ json: input ?? null });
  const response = await fetch(url, init);
  const body = (await response.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string } } };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body.error?.json?.message ?? ""}`);
  return body.result?.data?.json;
}

async function signUpAndIn(base: string, name: string, email: string): Promise<Session> {
  await trpc(base, "account.signUp", { name, email, password: PASSWORD }, "", "POST");
  const jar = cookiesOf(await fetch(new URL("/api/auth/csrf", base)));
  const { csrfToken } = (await (await fetch(new URL("/api/auth/csrf", base), { headers: { cookie: cookieHeader(jar) } })).json()) as {
    csrfToken: string;
  };
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((key) => key.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return { cookie: cookieHeader(jar), name };
}

async function setUpCouples(base: string) {
  const sessions: Session[] = [];
  const run = Date.now().toString(36);
  for (let i = 0; i < USERS / 2; i++) {
    const [a, b] = await Promise.all([
      signUpAndIn(base, `Load A${i}`, `load-a${i}-${run}@example.test`),
      signUpAndIn(base, `Load B${i}`, `load-b${i}-${run}@example.test`),
    ]);
    const { invite } = (await trpc(base, "couple.create", { repairBeganOn: "2026-01-01" }, a.cookie, "POST")) as { invite: { code: string } };
    await trpc(base, "couple.join", { code: invite.code }, b.cookie, "POST");
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
    run: (base, s) => trpc(base, "readiness.set", { state: readinessStates[Math.floor(Math.random() * 3)] }, s.cookie, "POST"),
  },
  { name: "vents.write", weight: 10, run: (base, s) => trpc(base, "vents.write", { body: `A hard day, written by ${s.name}.` }, s.cookie, "POST") },
  { name: "timeline.list", weight: 5, run: (base, s) => trpc(base, "timeline.list", {}, s.cookie, "GET") },
];

function pickAction() {
  let roll = Math.random() * actions.reduce((sum, action) => sum + action.weight, 0);
  for (const action of actions) if ((roll -= action.weight) < 0) return action;
  return actions[0]!;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
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
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(new URL("/sign-in", base)).then((r) => r.ok, () => false)) return { base, server };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("The server did not start within 60 s (did you run `npm run build`?)");
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
      const ms = samples.filter((sample) => name === "all" || sample.action === name).map((sample) => sample.ms).sort((a, b) => a - b);
      console.log(`| ${name} | ${ms.length} | ${(ms.length / SECONDS).toFixed(0)} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} |`);
    }
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
    console.log(`\nerrors: ${errorCount}`);
    for (const [message, count] of errors) console.log(`  ${count} × ${message}`);
    process.exitCode = errorCount ? 1 : 0;
  } finally {
    own?.server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
