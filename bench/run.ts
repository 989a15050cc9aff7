// `npm run bench`: builds the app, seeds a heavy couple (a year of history) and a baseline,
// and prints one table of figures against their targets, also written to bench/RESULTS.md.
// Figures are ratios and counts from one run: this machine is noisy, so nothing here is
// a pass/fail test. Runs on the embedded PGlite and, when one answers on 127.0.0.1:5432,
// on PostgreSQL (a fresh database, dropped afterwards). BENCH_ONLY=pglite|postgresql runs one.
// Nothing here reaches into the app: it is measured from outside, over HTTP and through a
// TCP proxy in front of its database (bench/round-trips.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "@/scripts/chromium";
import { assertLoopback, signUpAndIn, trpcUrl } from "@/scripts/http-session";
import { browserFigures } from "./browser";
import { liveLatency } from "./live";
import { medianOf, pairedP50, throughputPairs } from "./load";
import { notificationSendFigures } from "./notifications";
import { type Row, record, rows } from "./record";
import { roundTripFigures } from "./round-trips";
import { addTimelineEntries, seedCouple, yearOfHistory } from "./seed";
import {
  BASE,
  BARE_URL,
  type Database,
  DIST,
  EMPTY_APP_PORT,
  buildEmptyApp,
  embeddedDatabase,
  postgresDatabase,
  startEmptyApp,
  startServer,
  stopServer,
  waitFor,
} from "./servers";

const SIGNED_IN_PAGES = [
  "/dashboard",
  "/forgiveness",
  "/forgiveness/new",
  "/responsibilities",
  "/dates",
  "/dates/new",
  "/dates/ideas",
  "/memories",
  "/timeline",
  "/vents",
  "/check-in",
  "/disclosures",
  "/settings",
  "/settings/private-check",
];
/** Signed-in pages of a person who has no couple space yet. */
const SOLO_PAGES = ["/welcome"];

/**
 * Requests per second and p99 of the dashboard's procedure and its whole page, against the
 * bare handler; a `reference` URL is measured the same way and only shown beside them.
 */
async function throughputFigures(
  label: (figure: string) => string,
  urls: { name: string; url: string; reference?: boolean }[],
  cookie: string,
) {
  for (const { name, url, reference = false } of urls) {
    const pairs = await throughputPairs(url, cookie);
    const summary = (side: "bare" | "measured") =>
      `${medianOf(pairs.map((pair) => pair[side].rps)).toFixed(0)} req/s, p50 ${medianOf(pairs.map((pair) => pair[side].p50))} ms, ` +
      `p99 ${medianOf(pairs.map((pair) => pair[side].p99))} ms`;
    const errors = pairs.reduce((sum, pair) => sum + pair.measured.errors, 0);
    record(label(`bare handler (beside ${name}), medians of ${pairs.length} runs`), summary("bare"), "reference", null);
    record(
      label(`${name}, medians of ${pairs.length} runs`),
      `${summary("measured")}, ${errors} errors`,
      "no errors",
      errors === 0,
    );
    const ratioRow = (figure: string, ratios: number[], target: string, met: (ratio: number) => boolean) => {
      const ratio = medianOf(ratios);
      record(
        label(`${figure}, median of ${ratios.length} pairs`),
        `${ratio.toFixed(2)} (pairs ${ratios.map((each) => each.toFixed(2)).join(", ")})`,
        reference ? "reference" : target,
        reference ? null : met(ratio),
      );
    };
    const page = name.startsWith("/");
    ratioRow(
      `${name} req/s ÷ bare`,
      pairs.map((pair) => pair.measured.rps / pair.bare.rps),
      page ? "≥ 0.35" : "≥ 0.5",
      (ratio) => ratio >= (page ? 0.35 : 0.5),
    );
    if (!page)
      ratioRow(
        `${name} p99 ÷ bare p99`,
        pairs.map((pair) => pair.measured.p99 / Math.max(1, pair.bare.p99)),
        "≤ 2",
        (ratio) => ratio <= 2,
      );
  }
}

async function benchOn(database: Database, executablePath: string, browserChecks: boolean) {
  console.log(`\n━━ ${database.label} ━━`);
  const emptyApp = startEmptyApp(process.env.BENCH_EMPTY_APP!);
  let server = await startServer(database);
  try {
    await waitFor(BARE_URL);
    console.log("  seeding a year of history, a new couple, and couples with 10 and 10,000 timeline entries…");
    const year = await seedCouple(database.url, `year-${database.label}`, yearOfHistory);
    const fresh = await seedCouple(database.url, `new-${database.label}`, async () => {});
    const light = await seedCouple(database.url, `light-${database.label}`, (callers) =>
      addTimelineEntries(callers, 9),
    );
    const heavy = await seedCouple(database.url, `heavy-${database.label}`, (callers) =>
      addTimelineEntries(callers, 9_999),
    );
    const label = (figure: string) => `${figure} (${database.label})`;

    const dashboardUrl = trpcUrl(BASE, "dashboard.get").toString();
    await throughputFigures(
      label,
      [
        { name: "dashboard.get", url: dashboardUrl },
        { name: "/dashboard page", url: `${BASE}/dashboard` },
        // Our emptiest page (no session, no database): what any page of ours costs before its content.
        { name: "/away page", url: `${BASE}/away`, reference: true },
      ],
      year.a.cookie,
    );

    // Pages of the same size (10), so only the length of the history differs.
    const timelineUrl = trpcUrl(BASE, "timeline.list", { limit: 10 }).toString();
    for (const [name, url] of [
      ["dashboard.get", dashboardUrl],
      ["timeline.list", timelineUrl],
    ] as const) {
      const [small, large] = await pairedP50(url, [light.a.cookie, heavy.a.cookie]);
      record(
        label(`${name} p50, 10 vs 10,000 entries`),
        `${small.toFixed(1)} ms vs ${large.toFixed(1)} ms (× ${(large / small).toFixed(2)})`,
        "≤ 1.3",
        large / small <= 1.3,
      );
    }

    const live = await liveLatency(year);
    record(label("live latency p95 over 200 events"), `${live.toFixed(0)} ms`, "≤ 250 ms", live <= 250);

    const [mailOn, mailOff] = [
      await seedCouple(database.url, `mail-on-${database.label}`, async () => {}),
      await seedCouple(database.url, `mail-off-${database.label}`, async () => {}),
    ];
    for (const figure of await notificationSendFigures(BASE, database.url, mailOn, mailOff))
      record(label(figure.figure), figure.value, figure.target, figure.met);

    if (browserChecks) {
      const solo = await signUpAndIn(BASE, "Solo", `solo-${database.label}@bench.test`, "bench-password-0123456789");
      await browserFigures(executablePath, [
        ...SIGNED_IN_PAGES.map((name) => ({ name, session: year.a })),
        ...SOLO_PAGES.map((name) => ({ name, session: solo })),
      ]);
    }

    await stopServer(server);
    const startedAt = performance.now();
    server = await startServer(database);
    await waitFor(`${BASE}/dashboard`, { cookie: year.a.cookie });
    record(
      label("cold start: next start → first dashboard"),
      `${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
      "measured",
      null,
    );
    await stopServer(server);

    await roundTripFigures(database, label, [
      { name: "dashboard.get, a new couple", url: dashboardUrl, session: fresh.a },
      { name: "dashboard.get, a year-long couple", url: dashboardUrl, session: year.a },
      { name: "/dashboard page, a new couple", url: `${BASE}/dashboard`, session: fresh.a },
      { name: "/dashboard page, a year-long couple", url: `${BASE}/dashboard`, session: year.a },
    ]);
  } finally {
    await stopServer(server);
    await stopServer(emptyApp, EMPTY_APP_PORT);
    await database.cleanup();
  }
}

/** One side (PGlite or PostgreSQL) per process, so nothing of one run's state reaches the other. */
async function benchOneSide(side: string, executablePath: string) {
  const database = side === "pglite" ? await embeddedDatabase() : await postgresDatabase();
  if (!database) {
    console.log("\nNo PostgreSQL on 127.0.0.1:5432: its figures are skipped.");
    return;
  }
  await benchOn(database, executablePath, side === "pglite");
  fs.writeFileSync(process.env.BENCH_ROWS_FILE!, JSON.stringify(rows));
}

async function main() {
  assertLoopback(BASE);
  const executablePath = ensureChromium();
  const side = process.env.BENCH_SIDE;
  if (side) return benchOneSide(side, executablePath);

  console.log("Building…");
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("the build failed");
  const emptyApp = buildEmptyApp();
  try {
    for (const each of ["pglite", "postgresql"]) {
      if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== each) continue;
      const rowsFile = path.join(os.tmpdir(), `kintsugi-bench-${each}-${process.pid}.json`);
      const child = spawnSync("npx", ["tsx", "bench/run.ts"], {
        stdio: "inherit",
        env: { ...process.env, BENCH_SIDE: each, BENCH_ROWS_FILE: rowsFile, BENCH_EMPTY_APP: emptyApp },
      });
      if (child.status !== 0) throw new Error(`the ${each} run failed`);
      if (fs.existsSync(rowsFile)) {
        rows.push(...(JSON.parse(fs.readFileSync(rowsFile, "utf8")) as Row[]));
        fs.rmSync(rowsFile);
      }
    }
  } finally {
    fs.rmSync(emptyApp, { recursive: true, force: true });
  }

  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`,
    "",
    "| figure | value | target | |",
    "|---|---|---|---|",
    ...rows.map(
      (row) => `| ${row.figure} | ${row.value} | ${row.target} | ${row.met === null ? "" : row.met ? "✓" : "✗"} |`,
    ),
  ].join("\n");
  fs.writeFileSync(path.join("bench", "RESULTS.md"), `# Benchmark results\n\n${table}\n`);
  // Aligned as the linter wants it, so a fresh table never fails `npm run lint`.
  spawnSync("npx", ["biome", "format", "--write", path.join("bench", "RESULTS.md")], { stdio: "ignore" });
  console.log(`\n${table}\n\nWritten to bench/RESULTS.md`);
}

main().catch((error: unknown) => {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    console.error(cause instanceof Error ? (cause === error ? cause.stack : `caused by: ${cause.message}`) : cause);
  }
  process.exit(1);
});
