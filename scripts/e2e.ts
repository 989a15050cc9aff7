// Runs the Playwright suite on a production build: finds (or installs) Chromium, builds,
// and, when DATABASE_URL names a PostgreSQL server, uses a fresh database on it.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { ensureChromium } from "./chromium";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

async function main() {
  process.env.CHROMIUM_PATH = ensureChromium();
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  if (!process.env.SKIP_BUILD && run("npx", ["next", "build"]) !== 0) return 1;

  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return run("npx", ["playwright", "test", ...process.argv.slice(2)]);

  const name = `kintsugi_e2e_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    console.log(`End-to-end on PostgreSQL, database ${name}`);
    return run("npx", ["playwright", "test", ...process.argv.slice(2)], {
      ...process.env,
      DATABASE_URL: url.toString(),
    });
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
