import type { AppRouter } from "../root";

type RouterName = keyof AppRouter["_def"]["record"];

/**
 * Every live topic — the feature whose data changed — and the routers whose queries it
 * makes stale: the topic's own, and the timeline wherever a feature records milestones.
 * One list for both ends: the server announces only these, and the client refetches by
 * it. (The dashboard and the activity count show every feature, so they follow every
 * event.) The names are stored with each activity row, so a topic keeps its name: small
 * changes announce "changes".
 */
export const liveTopics = {
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
} as const satisfies Record<string, readonly RouterName[]>;

export type LiveTopic = keyof typeof liveTopics;

/** A "refetch everything" marker, sent when a screen fell too far behind to list each change. */
export const RESYNC_TOPIC = "*";

/**
 * The routers a topic makes stale, or undefined for a topic this code doesn't know: a page
 * loaded before the server was updated can hear a newer feature's topic (or the resync).
 */
export function routersOfTopic(topic: string): readonly RouterName[] | undefined {
  return Object.hasOwn(liveTopics, topic) ? liveTopics[topic as LiveTopic] : undefined;
}
