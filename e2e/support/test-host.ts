import dns from "node:dns";

/**
 * The host name the suite reaches the app at. Not `localhost`: a URL the server builds from
 * the request instead of the configured public address (NEXTAUTH_URL) points at the
 * server's own `localhost:<port>`, and only a run under another name shows it. Chromium maps
 * the name to loopback (--host-resolver-rules); `mapTestHostInNode` does the same for the
 * Node side of the suite (Playwright's `request` fixture).
 */
export const TEST_HOST = "kintsugi.test";

/** Chromium's flag for the same mapping. */
export const chromiumHostRule = `--host-resolver-rules=MAP ${TEST_HOST} 127.0.0.1`;

/**
 * Playwright's API requests resolve names with `dns.promises.lookup` in the test process;
 * answer it for TEST_HOST alone and leave every other name to the system.
 */
export function mapTestHostInNode() {
  const marked = dns.promises as typeof dns.promises & { kintsugiTestHost?: true };
  if (marked.kintsugiTestHost) return;
  const systemLookup = dns.promises.lookup.bind(dns.promises);
  const lookup = ((hostname: string, options?: dns.LookupOptions) => {
    if (hostname !== TEST_HOST) return systemLookup(hostname, options ?? {});
    const family = typeof options === "object" && options.family === 6 ? 6 : 4;
    const address = { address: family === 6 ? "::1" : "127.0.0.1", family };
    return Promise.resolve(typeof options === "object" && options.all ? [address] : address);
  }) as typeof dns.promises.lookup;
  marked.lookup = lookup;
  marked.kintsugiTestHost = true;
}
