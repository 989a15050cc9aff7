/**
 * Which queries a live event makes stale, by the event's topic: the topic's own router, and
 * the timeline wherever a feature records milestones. The dashboard and the activity count
 * show every feature, so they follow every event. A topic missing here (a new feature, or
 * the server's "*" resync) refreshes every open query, which is always correct, only slower.
 */
const routersByTopic: Record<string, readonly string[]> = {
  readiness: ["readiness"],
  vents: ["vents"],
  pace: ["pace", "timeline"],
  checkIns: ["checkIns"],
  disclosures: ["disclosures"],
  timeline: ["timeline"],
  forgiveness: ["forgiveness", "timeline"],
  responsibilities: ["responsibilities", "timeline"],
  changes: ["smallChanges", "timeline"],
  dates: ["dates", "memories", "timeline"],
  memories: ["memories", "dates"],
  shares: ["shares"],
  // The partner joined: every screen's "just you, for now" becomes the two of you.
  couple: ["couple", "account"],
};

/**
 * Events whose change reaches what the server rendered around the queries (the shell's
 * partner name, a page's choice of what to show before a partner is there): the screen
 * asks the server to render again, not only its queries to refetch.
 */
export function changesServerRenderedPage(event: { topic: string }) {
  // The server's resync ("*") may hide a join among what it stands for.
  return event.topic === "couple" || event.topic === EVERYTHING;
}

export const EVERYTHING = "*";

/** The router names (first query-key segment) to refresh, or EVERYTHING. */
export function routersAffectedBy(event: { topic: string; byPartner: boolean }): readonly string[] | typeof EVERYTHING {
  const routers = routersByTopic[event.topic];
  if (!routers) return EVERYTHING;
  // My own acts are never news to me: the activity count only moves for the partner's.
  return ["dashboard", ...(event.byPartner ? ["activity"] : []), ...routers];
}
