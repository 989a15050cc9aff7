import { spawn } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** Runs the seed as `npm run db:seed` would, and resolves with its exit code, or null if it never ends. */
function runSeed(databaseUrl: string, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ code: null, output });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("npm run db:seed", () => {
  it("writes the linked demo couple and exits by itself", { timeout: 120_000 }, async () => {
    const url = process.env.DATABASE_URL!;
    // On PostgreSQL the live bus holds a connection of its own: the seed once hung on it forever.
    const { code, output } = await runSeed(url, 90_000);
    expect(code, output).toBe(0);

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const members = await sql`
        select count(*)::int as count from couple_members m
        join users u on u.id = m.user_id
        where m.active and u.email in ('alex@demo.kintsugi.app', 'blair@demo.kintsugi.app')`;
      expect(members[0]!.count).toBe(2);
    } finally {
      await sql.end();
    }
  });
});
