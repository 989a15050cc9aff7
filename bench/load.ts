// Load: requests per second and latency under 32 connections, and p50s of one request at a time.
import autocannon from "autocannon";
import { percentile } from "@/scripts/http-session";
import { BARE_URL } from "./servers";

const THROUGHPUT_PAIRS = 5;

async function cannon(url: string, cookie?: string, duration = 10) {
  const result = await autocannon({ url, connections: 32, duration, headers: cookie ? { cookie } : {} });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

type Cannon = Awaited<ReturnType<typeof cannon>>;

/**
 * A URL against the bare handler in alternating pairs after a warm-up, so both see the same
 * machine: one pair's p99 ratio swung from 1.3 to 3.4 between identical runs here, as a stall
 * of the shared 2 cores lands in one side or the other. Each pair's ratios are kept.
 */
export async function throughputPairs(url: string, cookie: string) {
  await cannon(BARE_URL, undefined, 3);
  await cannon(url, cookie, 3);
  const pairs: { bare: Cannon; measured: Cannon }[] = [];
  for (let i = 0; i < THROUGHPUT_PAIRS; i++) {
    if (i % 2) {
      const measured = await cannon(url, cookie);
      pairs.push({ measured, bare: await cannon(BARE_URL) });
    } else {
      const bare = await cannon(BARE_URL);
      pairs.push({ bare, measured: await cannon(url, cookie) });
    }
  }
  return pairs;
}

export function medianOf(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * p50 of the same request for two sessions, alternating one request each, so both see the
 * same machine (a GC, another process waking) and only the data behind them differs.
 */
export async function pairedP50(url: string, cookies: [string, string], runs = 200) {
  const once = async (cookie: string) => {
    const started = performance.now();
    await (await fetch(url, { headers: { cookie } })).arrayBuffer();
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) for (const cookie of cookies) await once(cookie);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    times[0].push(await once(cookies[0]));
    times[1].push(await once(cookies[1]));
  }
  return times.map((each) =>
    percentile(
      each.sort((x, y) => x - y),
      50,
    ),
  ) as [number, number];
}
