// `npm test`: every suite, in order — lint and format check (Biome), unit and integration (vitest), then end-to-end
// (Playwright on a production build; `next build` type-checks the whole project, tests
// included). With DATABASE_URL set, integration and e2e run on a fresh database of that
// PostgreSQL server; otherwise on throwaway embedded PGlite.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["Lint and format", ["npx", "biome", "ci", "."]],
  ["Unit and integration tests", ["npx", "vitest", "run"]],
  ["End-to-end tests", ["npx", "tsx", "scripts/e2e.ts"]],
];

let failed = 0;
for (const [title, [command, ...args]] of steps) {
  console.log(`\n━━ ${title} ━━`);
  const status = spawnSync(command!, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  }).status;
  if (status !== 0) {
    console.error(`✗ ${title} failed`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
