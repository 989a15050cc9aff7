// Round trips between the app and its database, measured from outside: our server is started
// against a TCP proxy (bench/db-proxy.ts) that counts them and can add 5 ms each way, as a
// hop to a managed database would. The p50 with the delay minus the p50 without, over 10 ms,
// is the round trips a request waits for.
import { fork, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { Session } from "@/scripts/http-session";
import { record } from "./record";
import { type Database, PROXY_PORT, startServer, stopServer, waitFor } from "./servers";

const DELAY_MS = 5;
const RUNS = 100;

type Proxy = { child: ChildProcess; ask: (command: { delayMs?: number }) => Promise<{ roundTrips: number }> };

async function startProxy(targetPort: number): Promise<Proxy> {
  const child = fork("bench/db-proxy.ts", [String(PROXY_PORT), String(targetPort)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise((resolve) => child.once("message", resolve));
  const ask = (command: { delayMs?: number }) =>
    new Promise<{ roundTrips: number }>((resolve) => {
      child.once("message", (answer) => resolve(answer as { roundTrips: number }));
      child.send(command);
    });
  return { child, ask };
}

async function listening(port: number, timeoutMs = 120_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

/** The embedded database on its own, served for as long as this process group runs. */
function holdEmbeddedDatabase(database: Database) {
  return spawn("npx", ["tsx", "scripts/with-database.ts", "node", "-e", "setInterval(() => {}, 1 << 30)"], {
    env: { ...process.env, ...database.env, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function p50Of(url: string, cookie: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** Round trips of one request, as the proxy counted them (after a warm-up, so statements are prepared). */
async function countedRoundTrips(proxy: Proxy, url: string, cookie: string) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  const before = (await proxy.ask({})).roundTrips;
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  return (await proxy.ask({})).roundTrips - before;
}

export async function roundTripFigures(
  database: Database,
  label: (figure: string) => string,
  targets: { name: string; url: string; session: Session }[],
) {
  const embedded = database.label === "PGlite";
  const holder = embedded ? holdEmbeddedDatabase(database) : null;
  let proxy: Proxy | null = null;
  let server: ChildProcess | null = null;
  try {
    const target = new URL(database.url);
    await listening(Number(target.port));
    proxy = await startProxy(Number(target.port));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(PROXY_PORT);
    server = await startServer(database, viaProxy.toString());
    for (const { url, session } of targets) await waitFor(url, { cookie: session.cookie });
    for (const { name, url, session } of targets) {
      await proxy.ask({ delayMs: 0 });
      const plain = await p50Of(url, session.cookie);
      // Counted with the delay on: without it an answer can come back between two writes of one batch.
      await proxy.ask({ delayMs: DELAY_MS });
      const counted = await countedRoundTrips(proxy, url, session.cookie);
      const delayed = await p50Of(url, session.cookie);
      const added = (delayed - plain) / (2 * DELAY_MS);
      record(
        label(`round trips, ${name}: (p50 with ${DELAY_MS} ms each way − without) ÷ ${2 * DELAY_MS} ms`),
        `${added.toFixed(2)} (${plain.toFixed(1)} → ${delayed.toFixed(1)} ms; the proxy counted ${counted})`,
        "≤ 2.3",
        added <= 2.3,
      );
    }
  } finally {
    if (server) await stopServer(server);
    proxy?.child.kill();
    if (holder) {
      try {
        process.kill(-holder.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => (holder.exitCode === null ? holder.once("exit", resolve) : resolve(null)));
    }
  }
}
