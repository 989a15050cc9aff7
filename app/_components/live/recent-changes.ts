import { EVERYTHING } from "./topics";

/** How long a change counts as recent: longer than a page's server render takes to reach the screen. */
export const RECENT_MS = 10_000;

/**
 * The routers live events touched lately. A page reached by client-side navigation was
 * rendered on the server a moment before its views mount: a change that lands in between
 * is announced before anything on screen listens for that router, so a new view asks here
 * whether to render its freshly rendered markup once more.
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
