import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedServer, type EmbeddedServer } from "@/db/embedded-server";

export type RestartableDatabase = {
  kind: string;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
};

async function freePort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The embedded PGlite server on a data directory of its own: stopping it is a real restart of the database. */
export async function restartableEmbedded(): Promise<RestartableDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-fault-"));
  const dataDir = path.join(dir, "pglite");
  const port = await freePort();
  let server: EmbeddedServer | null = await startEmbeddedServer(dataDir, port);
  return {
    kind: "embedded PGlite",
    url: server.url,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedServer(dataDir, port);
    },
    async destroy() {
      await server?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A private PostgreSQL cluster (initdb + pg_ctl, run as the postgres user), so the test
 * can stop and start a real server without touching the one other tests use. Null when
 * this machine has no PostgreSQL binaries or no postgres user to run them as.
 */
export async function restartablePostgres(): Promise<RestartableDatabase | null> {
  const binRoot = "/usr/lib/postgresql";
  const version = fs.existsSync(binRoot) ? fs.readdirSync(binRoot).sort().pop() : undefined;
  if (!version || process.getuid?.() !== 0) return null;
  const bin = path.join(binRoot, version, "bin");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-pg-fault-"));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const asPostgres = (command: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, command), ...args], {
      stdio: "pipe",
      timeout: 60_000,
    });
  try {
    asPostgres("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const start = async () =>
    void asPostgres("pg_ctl", ["-D", dataDir, "-o", options, "-w", "-l", path.join(dir, "log"), "start"]);
  const stop = async () => void asPostgres("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
  await start();
  return {
    kind: "PostgreSQL",
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    async destroy() {
      await stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
