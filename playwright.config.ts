import { defineConfig, devices } from "@playwright/test";
import { e2ePorts } from "./e2e/support/ports";
import { TEST_HOST, chromiumHostRule, mapTestHostInNode } from "./e2e/support/test-host";

const ports = e2ePorts();
const port = ports.app;
// The app is reached at a host name of its own, never `localhost` (see e2e/support/test-host.ts).
const baseURL = `http://${TEST_HOST}:${port}`;
mapTestHostInNode();

// scripts/e2e.ts finds Chromium, builds the app and sets these before Playwright starts.
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Journeys drive two partners' browsers at once; a 2-core CI machine needs the room.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // Recording a trace costs a 2-core machine dearly: only the retry of a failed test records one.
    trace: "on-first-retry",
    launchOptions: {
      executablePath,
      // No network here but loopback: keep Chromium from reaching out at all.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        chromiumHostRule,
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // After every spec: no mail of the run carried anyone's words or, when discreet, a name (e2e/support/privacy-check.ts).
  globalTeardown: "./e2e/support/privacy-check.ts",
  webServer: [
    {
      // A real SMTP server for the run's mail; specs read it over HTTP.
      command: "npx tsx test/mail-sink-server.ts",
      url: `http://127.0.0.1:${ports.mailApi}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { MAIL_SINK_SMTP_PORT: String(ports.smtp), MAIL_SINK_HTTP_PORT: String(ports.mailApi) },
    },
    {
      command: `npx tsx scripts/with-database.ts next start -p ${port}`,
      // Playwright polls this before any test process maps the host name: ask loopback directly.
      url: `http://127.0.0.1:${port}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-use-0123456789",
        AUTH_ATTEMPTS_PER_IP: "5000",
        // A fresh throwaway embedded database per run, unless DATABASE_URL names one.
        PGLITE_DIR: "memory://",
        // On a known port, so the privacy check can read the run's words after the last spec.
        PGLITE_PORT: String(ports.database),
        SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
        MAIL_FROM: "no-reply@example.test",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
