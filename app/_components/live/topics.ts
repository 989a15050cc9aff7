import type { AppRouter } from "@/server/root";
import { type LiveTopic, liveTopics, RESYNC_TOPIC } from "@/server/live/topics";

type RouterName = keyof AppRouter["_def"]["record"];

/** The shared list, its router names checked against the app's routers. */
const routersOfTopic: Readonly<Record<LiveTopic, readonly RouterName[]>> = liveTopics;

/**
 * Events whose change reaches what the server rendered around the live views (the shell's
 * partner name, a page's choice of what to show before a partner is there): the screen
 * asks the server to render the whole page again, not only its views.
 */
export function changesServerRenderedPage(event: { topic: string }) {
  // The server's resync ("*") may hide a join among what it stands for.
  return event.topic === ("couple" satisfies LiveTopic) || event.topic === EVERYTHING;
}

/** Refresh every open query: for the server's resync, and for a topic this page doesn't know. */
export const EVERYTHING = RESYNC_TOPIC;

/**
 * The router names (first query-key segment) to refresh, or EVERYTHING: the topic's own
 * (the shared list in server/live/topics.ts), and the dashboard and the activity count,
 * which show every feature. A topic missing there refreshes every open query, which is
 * always correct, only slower.
 */
export function routersAffectedBy(event: { topic: string; byPartner: boolean }): readonly string[] | typeof EVERYTHING {
  // A page loaded before the server was updated can hear a newer feature's topic (or the resync).
  if (!Object.hasOwn(routersOfTopic, event.topic)) return EVERYTHING;
  const routers = routersOfTopic[event.topic as LiveTopic];
  // My own acts are never news to me: the activity count only moves for the partner's.
  return ["dashboard", ...(event.byPartner ? ["activity"] : []), ...routers];
}
