// Usage: tsx scripts/with-database.ts [command...]
// Gives the command a migrated database: DATABASE_URL when set, otherwise the embedded
// PGlite under .data/ served over the Postgres protocol for as long as the command runs.
// With no command it only migrates.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { startEmbeddedServer, type EmbeddedServer } from "../db/embedded-server";

const command = process.argv.slice(2);
const isProductionStart = command[0] === "next" && command[1] === "start";

function ensureDevelopmentSecret() {
  if (process.env.NEXTAUTH_SECRET || isProductionStart) return;
  // A newcomer's first `npm run dev` needs no configuration: a secret is made once and kept.
  const file = path.join(".data", "dev-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  ensureDevelopmentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${portOf(command) ?? 3000}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  let embedded: EmbeddedServer | undefined;
  if (!process.env.DATABASE_URL) {
    const dir = process.env.PGLITE_DIR ?? path.join(".data", "pglite");
    // A throwaway in-memory database takes any free port, so it never meets a running dev server.
    const port = Number(process.env.PGLITE_PORT ?? (dir === "memory://" ? 0 : 54329));
    embedded = await startEmbeddedServer(dir, port);
    process.env.DATABASE_URL = embedded.url;
    // The embedded server multiplexes one PGlite: a small pool per process is plenty.
    process.env.DB_POOL_MAX ??= "4";
    console.log(`Embedded database: ${dir === "memory://" ? "in memory" : dir} (served on ${embedded.url})`);
  }
  await migrateDatabase(process.env.DATABASE_URL!);

  if (command.length === 0) {
    console.log("Database migrated.");
    await embedded?.stop();
    return;
  }

  const child = spawn(command[0]!, command.slice(1), {
    stdio: "inherit",
    env: process.env,
    shell: process.platform === "win32",
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await embedded?.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function portOf(args: string[]) {
  const index = args.findIndex((arg) => arg === "-p" || arg === "--port");
  return index >= 0 ? args[index + 1] : process.env.PORT;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
