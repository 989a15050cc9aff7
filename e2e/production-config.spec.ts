import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

test("the production server refuses to start without NEXTAUTH_SECRET, and says why", () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: "memory://", NODE_ENV: "production" };
  delete env.NEXTAUTH_SECRET;
  delete env.DATABASE_URL;
  const result = spawnSync("npx", ["tsx", "scripts/with-database.ts", "next", "start", "-p", "0"], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr + result.stdout).toContain("NEXTAUTH_SECRET is not set");
});
