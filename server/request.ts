/**
 * The header the server stamps on every request with its connection's own address
 * (server/peer-address.ts). A copy sent by a client is overwritten, so it can't be forged.
 */
export const PEER_ADDRESS_HEADER = "x-kintsugi-peer-address";

/**
 * The path of the page a request was sent from, stamped by the proxy (proxy.ts) over any
 * copy the client sent. Server actions read it (app/_components/live/sending-page.ts).
 */
export const SENDING_PAGE_HEADER = "x-kintsugi-page";

/** How many proxies in front of the app append to X-Forwarded-For (TRUST_PROXY); 0 when none is trusted. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUST_PROXY ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

function normalizeAddress(address: string) {
  // Node reports IPv4 clients of a dual-stack socket as "::ffff:1.2.3.4".
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}

/**
 * The client's address: the connection's own, or with TRUST_PROXY = n, the address the
 * outermost of n trusted proxies saw. Each proxy appends the address it was reached from,
 * so counting from the right past the trusted ones skips whatever the client wrote itself.
 * Null only for a request that never came through our server (an in-process call).
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
  if (hops === 0 || !peer) return peer && normalizeAddress(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  const fromNearest = [peer, ...forwarded.reverse()];
  return normalizeAddress(fromNearest[Math.min(hops, fromNearest.length - 1)]!);
}

/**
 * Browsers send Origin on every cross-site request, and "null" from sandboxed frames and
 * file:// pages: a state-changing request is ours only when Origin names this very host
 * (as a trusted proxy forwards it, or as the request itself names it).
 */
export function isSameOriginRequest(headers: Headers, hops = trustedProxyHops()): boolean {
  const origin = headers.get("origin");
  const host = (hops > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
