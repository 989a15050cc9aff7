// What a browser sees: first-load JavaScript and Lighthouse, against the empty Next.js page.
import { chromium } from "@playwright/test";
import type { Session } from "@/scripts/http-session";
import { medianOf } from "./load";
import { record } from "./record";
import { BASE, EMPTY_APP_BASE } from "./servers";

const LIGHTHOUSE_RUNS = 5;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function cookiesFor(session: Session, url: string) {
  return session.cookie.split("; ").map((pair) => {
    const [name, ...value] = pair.split("=");
    return { name: name!, value: value.join("="), url };
  });
}

type ScriptBytes = {
  /** The scripts the document names (its script tags and its streamed RSC payload): the page's own. */
  own: number;
  /** Scripts fetched in the same second that the document doesn't name: Next prefetching the pages it links to. */
  prefetched: number;
};

/** The file name a script is known by, whatever prefix or query the reference carries. */
const scriptFile = (url: string) => new URL(url).pathname.split("/").at(-1)!;

/**
 * JavaScript the browser downloads up to the load event and one second after, as sent (gzip),
 * split by whether the document names it. What Next prefetches for the links on screen is
 * downloaded after the load event, at idle priority, for pages not yet asked for: Next's own
 * "First Load JS" leaves it out, and so does `own`.
 */
async function firstLoadJs(executablePath: string, url: string, session?: Session): Promise<ScriptBytes> {
  const browser = await chromium.launch({
    executablePath,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")),
  });
  const context = await browser.newContext();
  if (session) await context.addCookies(cookiesFor(session, url));
  const page = await context.newPage();
  const scripts: Promise<{ file: string; size: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(request.sizes().then((sizes) => ({ file: scriptFile(request.url()), size: sizes.responseBodySize })));
  });
  const response = await page.goto(url, { waitUntil: "load" });
  const documentText = (await response?.text()) ?? "";
  await page.waitForTimeout(1000);
  const bytes = { own: 0, prefetched: 0 };
  for (const { file, size } of await Promise.all(scripts))
    bytes[documentText.includes(file) ? "own" : "prefetched"] += size;
  await browser.close();
  return bytes;
}

type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  blockingMs: number;
  lcpMs: number;
  /** Lighthouse's own measure of the host's CPU: it calls a host under 1,000 too slow for its 4× mobile throttling. */
  benchmarkIndex: number;
};

async function lighthouseScores(executablePath: string, url: string, session?: Session): Promise<Scores> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: CHROME_FLAGS });
  try {
    const audit = () =>
      lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: session ? { Cookie: session.cookie } : undefined,
      });
    let result = await audit();
    // Now and then the trace misses its start (NO_NAVSTART): that run measured nothing, so run again.
    for (let retry = 0; result?.lhr.runtimeError && retry < 2; retry++) result = await audit();
    const categories = result?.lhr.categories ?? {};
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const audits = result?.lhr.audits ?? {};
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      blockingMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      benchmarkIndex: result?.lhr.environment.benchmarkIndex ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}

type Page = { name: string; url: string; session?: Session; reference: boolean };

/** Lighthouse five times over, the median of each figure with the runs beside it. */
async function lighthouseMedians(executablePath: string, page: Page) {
  // Scores vary from run to run on a busy machine: the median of five, as Lighthouse's
  // own guidance on variability suggests, with the range beside it.
  const runs: Scores[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(executablePath, page.url, page.session));
  const median = (key: keyof Scores) => {
    const values = runs.map((run) => run[key]).sort((a, b) => a - b);
    return { median: medianOf(values), values };
  };
  return { runs, median };
}

/**
 * Bytes and Lighthouse for our pages, each read against two references measured in the same
 * run, as the bare handler is for throughput: an empty Next.js app (the framework's floor) and
 * our quick-exit page (the floor plus our root layout: theme, toasts, the quick-exit button).
 */
export async function browserFigures(executablePath: string, signedInPages: { name: string; session: Session }[]) {
  const empty = "an empty Next.js page";
  const pages: Page[] = [
    { name: empty, url: `${EMPTY_APP_BASE}/`, reference: true },
    { name: "/away", url: `${BASE}/away`, reference: true },
    { name: "/sign-in", url: `${BASE}/sign-in`, reference: false },
    ...signedInPages.map(({ name, session }) => ({ name, url: `${BASE}${name}`, session, reference: false })),
  ];
  const kbOf = new Map<string, { own: number; prefetched: number }>();
  for (const { name, url, session } of pages) {
    const { own, prefetched } = await firstLoadJs(executablePath, url, session);
    kbOf.set(name, { own: own / 1024, prefetched: prefetched / 1024 });
  }
  const floor = kbOf.get(empty)!.own + kbOf.get(empty)!.prefetched;
  for (const { name, reference } of pages) {
    const { own, prefetched } = kbOf.get(name)!;
    const beyond = own - floor;
    const limit = name === "/dashboard" ? 25 : 40;
    const alsoPrefetched = prefetched >= 0.5 ? `; and ${prefetched.toFixed(0)} KB prefetched for its links` : "";
    record(
      `first-load JS, ${name} (gzip)${reference ? "" : ", beyond the empty page"}`,
      reference
        ? `${own.toFixed(0)} KB${alsoPrefetched}`
        : `${own.toFixed(0)} KB, + ${beyond.toFixed(0)} KB${alsoPrefetched}`,
      reference ? "reference" : `≤ + ${limit} KB`,
      reference ? null : beyond <= limit,
    );
  }

  const benchmarkIndexes: number[] = [];
  let emptyPerformance = Number.NaN;
  let emptyBlockingMs = Number.NaN;
  const lighthousePages = pages.filter(
    (page) => page.reference || page.name === "/sign-in" || page.name === "/dashboard",
  );
  for (const page of lighthousePages) {
    const { runs, median } = await lighthouseMedians(executablePath, page);
    benchmarkIndexes.push(...runs.map((run) => run.benchmarkIndex));
    if (page.name === empty) {
      emptyPerformance = median("performance").median;
      emptyBlockingMs = median("blockingMs").median;
    }
    const scored = (
      key: "performance" | "accessibility" | "bestPractices",
      target: string,
      met: (score: number) => boolean,
    ) => {
      const { median: score, values } = median(key);
      const range = values[0] === values.at(-1) ? "" : ` (runs ${values.join(", ")})`;
      const label = key === "bestPractices" ? "best practices" : key;
      record(
        `Lighthouse ${page.name} ${label}, median of ${runs.length}`,
        `${score}${range}`,
        page.reference ? "reference" : target,
        page.reference ? null : met(score),
      );
    };
    scored("performance", `≥ ${emptyPerformance - 5} (the empty page's − 5)`, (score) => score >= emptyPerformance - 5);
    // Where the score goes: the two metrics that weigh most in it, as Lighthouse simulates them.
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const blocking = median("blockingMs").median;
    record(
      `Lighthouse ${page.name} total blocking time / LCP, medians`,
      `${seconds(blocking)} / ${seconds(median("lcpMs").median)}`,
      page.reference ? "reference" : `TBT ≤ ${seconds(2 * emptyBlockingMs)} (2 × the empty page's)`,
      page.reference ? null : blocking <= 2 * emptyBlockingMs,
    );
    if (page.reference) continue;
    scored("accessibility", "100", (score) => score === 100);
    scored("bestPractices", "≥ 95", (score) => score >= 95);
  }
  // Lighthouse's 4× CPU slowdown assumes a fast desktop host; below 1,000 it warns that the
  // host is too slow and every score drops with it (its docs on calibrating throttling).
  record(
    "Lighthouse benchmark index of this machine, median",
    `${medianOf(benchmarkIndexes).toFixed(0)} (range ${Math.min(...benchmarkIndexes).toFixed(0)}–${Math.max(...benchmarkIndexes).toFixed(0)})`,
    "reference: ≥ 1,000 for Lighthouse's 4× throttling",
    null,
  );
}
