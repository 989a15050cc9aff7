import type { ForgivenessStatus } from "./forgiveness";

// No Drizzle in this file: the request screens import it, and their bundle stays free of the database layer.

/** Sent and not yet forgiven or withdrawn: the recipient may answer, the author may withdraw. */
export const STILL_OPEN = ["open", "more_time", "not_ready"] as const satisfies readonly ForgivenessStatus[];

export function isStillOpen(status: ForgivenessStatus): boolean {
  return (STILL_OPEN as readonly ForgivenessStatus[]).includes(status);
}
