/**
 * Every live topic — the feature whose data changed — and the routers whose views it
 * makes stale: the topic's own, and the timeline wherever a feature records milestones.
 * One list for both ends: the server announces only these, and the client renders again by
 * it (which checks the router names against the app's router: a check here would make
 * every feature's types depend on the router they make up). (The dashboard and the activity count show every feature, so they follow every
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
} as const;

export type LiveTopic = keyof typeof liveTopics;

/** A "refetch everything" marker, sent when a screen fell too far behind to list each change. */
export const RESYNC_TOPIC = "*";
