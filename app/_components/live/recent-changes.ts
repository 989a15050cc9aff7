import { EVERYTHING } from "./topics";

/** How long a change counts as recent: longer than a page's server render takes to reach the screen. */
export const RECENT_MS = 10_000;

/**
 * The routers live events touched lately. A page reached by client-side navigation was
 * rendered on the server a moment before its queries start: a change that lands in
 * between is announced before anything on screen reads that router, so the new query asks
 * here whether to refetch its freshly rendered data once.
 */
export class RecentChanges {
  private changes: { at: number; routers: readonly string[] | typeof EVERYTHING }[] = [];

  record(routers: readonly string[] | typeof EVERYTHING, at: number) {
    this.changes = [...this.changes.filter((change) => at - change.at < RECENT_MS), { at, routers }];
  }

  touched(router: string, at: number) {
    return this.changes.some(
      (change) => at - change.at < RECENT_MS && (change.routers === EVERYTHING || change.routers.includes(router)),
    );
  }
}
