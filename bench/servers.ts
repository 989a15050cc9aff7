// The servers the bench measures: ours (on PGlite or PostgreSQL) and an empty Next.js app,
// the framework's floor, which also serves the bare handler that throughput is read against.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/** BENCH_PORT moves every port the bench listens on (3400, 3401, 54400, 54401 by default). */
export const PORT = Number(process.env.BENCH_PORT ?? 3400);
export const BASE = `http://localhost:${PORT}`;
const PGLITE_PORT = PORT + 51_000;
export const PROXY_PORT = PORT + 51_001;
/** An empty Next.js app, built and served beside ours: the framework's own floor in bytes and Lighthouse. */
const EMPTY_APP_SOURCE = path.join("bench", "empty-app");
export const EMPTY_APP_PORT = PORT + 1;
export const EMPTY_APP_BASE = `http://localhost:${EMPTY_APP_PORT}`;
/**
 * The bare handler throughput is read against: our own session probe, asked without a cookie,
 * answers a fixed body without touching the database, through the same server, middleware and
 * instrumentation as every request. (The empty app's bare route served about 5 times as many,
 * so a ratio against it would measure our stack rather than the dashboard.)
 */
export const BARE_URL = `${BASE}/api/session`;
export const DIST = ".next-bench";

export type Database = { label: string; env: Record<string, string>; url: string; cleanup: () => Promise<void> };

export async function embeddedDatabase(): Promise<Database> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-bench-"));
  return {
    label: "PGlite",
    env: { PGLITE_DIR: path.join(dir, "pglite"), PGLITE_PORT: String(PGLITE_PORT) },
    url: `postgres://postgres:postgres@127.0.0.1:${PGLITE_PORT}/postgres`,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresDatabase(): Promise<Database | null> {
  const server = "postgres://postgres@127.0.0.1:5432/postgres";
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect(5432, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
  if (!reachable) return null;
  const name = `kintsugi_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  return {
    label: "PostgreSQL",
    env: { DATABASE_URL: url },
    url,
    cleanup: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Our app in production mode; `databaseUrl` points it elsewhere than its database (the bench's proxy). */
export async function startServer(database: Database, databaseUrl?: string): Promise<ChildProcess> {
  const inherited = { ...process.env };
  // Without DATABASE_URL the launcher serves the embedded database.
  delete inherited.DATABASE_URL;
  const server = spawn("npx", ["tsx", "scripts/with-database.ts", "next", "start", "-p", String(PORT)], {
    env: {
      ...inherited,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : database.env),
      NEXT_DIST_DIR: DIST,
      NODE_ENV: "production",
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "benchmark-only-secret-0123456789abcdef",
      AUTH_ATTEMPTS_PER_IP: "100000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return server;
}

/**
 * Builds the empty app in a folder of its own: inside this repository Next would take our
 * proxy.ts and instrumentation.ts into it, since it finds a project's root by its lockfile.
 * Its node_modules is a link to ours, so Turbopack's root must hold both.
 */
export function buildEmptyApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-empty-app-"));
  fs.cpSync(path.join(EMPTY_APP_SOURCE, "app"), path.join(dir, "app"), { recursive: true });
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true }));
  fs.writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`,
  );
  const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("the empty app's build failed");
  return dir;
}

/** The empty app, on its own port, in production mode like ours. */
export function startEmptyApp(dir: string): ChildProcess {
  return spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(EMPTY_APP_PORT)], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

export async function stopServer(server: ChildProcess, port = PORT) {
  // A process ended by a signal keeps exitCode null: without signalCode, stopping it twice waited forever.
  const running = server.exitCode === null && server.signalCode === null;
  const exited = running ? new Promise((resolve) => server.once("exit", resolve)) : Promise.resolve();
  // The whole group: npx may be gone while the server it started still runs.
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // Nothing left in the group.
  }
  await exited;
  // Every process of the group must be gone, not only npx: a server still draining its
  // keep-alive connections would answer the next cold start's first request itself.
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(-server.pid!, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The next server must not be mistaken for this one: wait until the port is free.
  for (let i = 0; i < 300; i++) {
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (!listening) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`port ${port} is still in use after the server was stopped`);
}

export async function waitFor(url: string, headers: Record<string, string> = {}, timeoutMs = 120_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const ok = await fetch(url, { headers, redirect: "manual" }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
