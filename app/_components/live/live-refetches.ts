import type { Query, QueryClient } from "@tanstack/react-query";
import { EVERYTHING } from "./topics";

/** Events that arrive together (one act can touch several rows) refresh once. */
const COALESCE_MS = 16;
/** How long after this tab's change was answered its live echo is taken for that change's own. */
const ECHO_WINDOW_MS = 5_000;

type Routers = readonly string[] | typeof EVERYTHING;

export function routerOf(queryKey: readonly unknown[]) {
  const path = queryKey[0];
  return Array.isArray(path) && typeof path[0] === "string" ? path[0] : null;
}

/**
 * When this tab's last change was answered, and which queries were mid-fetch then (those
 * fetches began before the change, so they may miss it). The query client's mutation cache
 * notes it the moment a mutation's answer arrives, before the mutation's own callbacks
 * refetch what it changed.
 */
const answers = new WeakMap<QueryClient, { at: number; stale: WeakSet<Query> }>();

export function noteChangeAnswered(queryClient: QueryClient, now = Date.now()) {
  answers.set(queryClient, {
    at: now,
    stale: new WeakSet(queryClient.getQueryCache().findAll({ fetchStatus: "fetching" })),
  });
}

/** Whether `query` has fetched, or is fetching, since this tab's last change was answered. */
function fetchedSinceLastChange(queryClient: QueryClient, query: Query, now: number) {
  const answer = answers.get(queryClient);
  if (!answer || now - answer.at > ECHO_WINDOW_MS || answer.stale.has(query)) return false;
  return query.state.fetchStatus === "fetching" || query.state.dataUpdatedAt >= answer.at;
}

/**
 * Turns live events into refetches. The partner's events refetch what they touched. An
 * event of my own is usually the echo of a change this tab just made, whose mutation
 * already refetches what it changed: it waits for this tab's mutations to settle, then
 * refetches only what hasn't been fetched since (the dashboard, say), so one change never
 * fetches the same data twice. My own change from another tab or device finds nothing
 * fetched since, and refetches it all.
 */
export class LiveRefetches {
  private routers = new Set<string>();
  private ownRouters = new Set<string>();
  private everything = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopWaiting: (() => void) | null = null;

  constructor(private readonly queryClient: QueryClient) {}

  schedule(routers: Routers, own = false) {
    if (routers === EVERYTHING) this.everything = true;
    else for (const router of routers) (own ? this.ownRouters : this.routers).add(router);
    this.timer ??= setTimeout(() => this.flush(), COALESCE_MS);
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.stopWaiting?.();
  }

  private flush() {
    this.timer = null;
    if (this.everything) {
      this.everything = false;
      this.routers.clear();
      this.ownRouters.clear();
      // Only queries on screen refetch now; the rest are marked stale and refetch when shown.
      void this.queryClient.invalidateQueries();
      return;
    }
    const routers = new Set(this.routers);
    this.routers.clear();
    if (routers.size) this.invalidate((router) => routers.has(router));
    if (this.ownRouters.size) this.flushOwn();
  }

  private flushOwn() {
    if (this.queryClient.isMutating() > 0) {
      // The change is still on its way back: its answer will refetch some of this.
      this.stopWaiting ??= this.queryClient.getMutationCache().subscribe(() => {
        if (this.queryClient.isMutating() > 0) return;
        this.stopWaiting?.();
        this.stopWaiting = null;
        this.timer ??= setTimeout(() => this.flush(), COALESCE_MS);
      });
      return;
    }
    const routers = new Set(this.ownRouters);
    this.ownRouters.clear();
    const now = Date.now();
    this.invalidate((router, query) => routers.has(router) && !fetchedSinceLastChange(this.queryClient, query, now));
  }

  private invalidate(touches: (router: string, query: Query) => boolean) {
    void this.queryClient.invalidateQueries({
      predicate: (query) => {
        const router = routerOf(query.queryKey);
        return router !== null && touches(router, query);
      },
    });
  }
}
