import { RecentChanges } from "./recent-changes";
import { EVERYTHING, changesServerRenderedPage, routersAffectedBy } from "./topics";

/*
 * The tab's one live connection: the tRPC subscription `live.events`, read with the browser's
 * own EventSource rather than tRPC's client, so a page that only listens (the dashboard, the
 * shell) ships no API client, no query cache and no serializer. What tRPC's stream carries is
 * small and read here alone: `readStreamMessage` (tested against tRPC's own server).
 */

export type Routers = readonly string[] | typeof EVERYTHING;

/** What one live event, or a reconnection, means for this screen. */
export type LiveChange = {
  /** The routers whose data changed, or EVERYTHING. */
  routers: Routers;
  /** The person's own act (from this tab or another), which this tab may already show. */
  own: boolean;
  /** The change reaches what the server rendered around the data (the partner joined). */
  refreshPage: boolean;
};

export type LiveStatus = "connecting" | "connected" | "error";

export type LiveEventData = { topic: string; byPartner: boolean; at: string };

export type StreamMessage =
  | { kind: "connected"; reconnectAfterInactivityMs: number | null }
  | { kind: "ping" }
  | { kind: "event"; event: LiveEventData }
  | { kind: "error"; code: string | null }
  | { kind: "end" };

const ENDPOINT = "/api/trpc/live.events";

/** The subscription's address, its input in superjson's envelope as tRPC's client would send it. */
export function liveEventsUrl(renderedAt?: Date) {
  if (!renderedAt) return ENDPOINT;
  const input = { json: { renderedAt: renderedAt.toISOString() }, meta: { values: { renderedAt: ["Date"] }, v: 1 } };
  return `${ENDPOINT}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** One message of tRPC's event stream, by its event type; null for one this screen has no use for. */
export function readStreamMessage(type: string, data: string): StreamMessage | null {
  switch (type) {
    case "connected": {
      const options = JSON.parse(data || "{}") as { reconnectAfterInactivityMs?: number };
      return { kind: "connected", reconnectAfterInactivityMs: options.reconnectAfterInactivityMs ?? null };
    }
    case "ping":
      return { kind: "ping" };
    case "message": {
      // Events are plain strings and booleans: superjson's envelope holds them as they are.
      const event = (JSON.parse(data) as { json: LiveEventData }).json;
      return { kind: "event", event };
    }
    case "serialized-error": {
      const shape = (JSON.parse(data) as { json?: { data?: { code?: string } } | null }).json;
      return { kind: "error", code: shape?.data?.code ?? null };
    }
    case "return":
      return { kind: "end" };
    default:
      return null;
  }
}

/** Waits before reopening a failed connection: quick at first, then gently less often. */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
const STREAM_EVENTS = ["connected", "ping", "message", "serialized-error", "return"] as const;

/**
 * Listens to the couple's live events and tells whoever listens which routers each one
 * touched. `renderedAt` is when the server read the page's data: the server resyncs the page
 * if the partner acted between then and the connection opening.
 *
 * Reconnecting: the browser's EventSource reopens a dropped stream by itself; a stream that
 * fails for good (an error status, the server's error, or silence past the server's
 * inactivity limit) is reopened here with a backoff — unless the server said no (signed out,
 * no longer in a couple). After any reconnection every listener refreshes everything, since
 * events sent while away are not replayed.
 */
class LiveConnection {
  status: LiveStatus = "connecting";
  private source: EventSource | null = null;
  private readonly changeListeners = new Set<(change: LiveChange) => void>();
  private readonly statusListeners = new Set<() => void>();
  private readonly recent = new RecentChanges();
  private users = 0;
  private since: Date | undefined;
  private connections = 0;
  private failures = 0;
  private refused = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private silenceTimer: ReturnType<typeof setTimeout> | null = null;
  private silenceMs: number | null = null;

  /** Opens the connection for its first user; returns the function that lets go of it. */
  start(renderedAt?: Date) {
    this.users += 1;
    if (this.users === 1) {
      this.since = renderedAt;
      window.addEventListener("online", this.reconnectNow);
      this.open();
    }
    return () => {
      this.users -= 1;
      if (this.users > 0) return;
      window.removeEventListener("online", this.reconnectNow);
      this.close();
      this.connections = 0;
      this.failures = 0;
      this.refused = false;
    };
  }

  onChange(listener: (change: LiveChange) => void) {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  onStatus = (listener: () => void) => {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  };

  /** Whether a live event touched `router` lately (a screen rendered just before it asks this once). */
  recentlyChanged(router: string) {
    return this.recent.touched(router, Date.now());
  }

  private open() {
    this.close();
    const source = new EventSource(liveEventsUrl(this.since));
    this.source = source;
    for (const type of STREAM_EVENTS) {
      source.addEventListener(type, (event) => {
        if (this.source !== source) return;
        const message = readStreamMessage(type, (event as MessageEvent<string>).data);
        if (message) this.receive(message);
      });
    }
    source.addEventListener("error", () => {
      if (this.source !== source) return;
      if (source.readyState === EventSource.CLOSED) this.fail();
      else this.setStatus("connecting");
    });
  }

  private close() {
    this.source?.close();
    this.source = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.retryTimer = this.silenceTimer = null;
  }

  private receive(message: StreamMessage) {
    if (message.kind === "connected") this.silenceMs = message.reconnectAfterInactivityMs;
    this.heard();
    switch (message.kind) {
      case "connected":
        this.failures = 0;
        this.connections += 1;
        this.setStatus("connected");
        if (this.connections > 1) this.emit({ routers: EVERYTHING, own: false, refreshPage: false });
        return;
      case "event": {
        const routers = routersAffectedBy(message.event);
        this.recent.record(routers, Date.now());
        this.emit({
          routers,
          own: !message.event.byPartner,
          refreshPage: changesServerRenderedPage(message.event),
        });
        return;
      }
      case "error":
        this.refused = message.code === "UNAUTHORIZED" || message.code === "FORBIDDEN";
        this.fail();
        return;
      case "end":
        this.fail();
        return;
      case "ping":
        return;
    }
  }

  /** Something arrived: the stream is alive, so its silence timer starts again. */
  private heard() {
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = this.silenceMs ? setTimeout(() => this.open(), this.silenceMs) : null;
  }

  private fail() {
    this.close();
    this.setStatus("error");
    if (this.refused) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
    this.failures += 1;
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private reconnectNow = () => {
    if (this.status === "error" && !this.refused) this.open();
  };

  private setStatus(status: LiveStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }

  private emit(change: LiveChange) {
    for (const listener of this.changeListeners) listener(change);
  }
}

/** One per tab, however many places listen. */
export const live = new LiveConnection();
