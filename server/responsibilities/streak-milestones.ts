import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { recordMilestone } from "../milestones/record";
import { streakMilestonesReached } from "../domain/streaks";

/**
 * A stable uuid for "record X reached a streak of N": the milestone's sourceId, so the
 * same milestone is recorded once however often the streak crosses N (undo, check again).
 */
export function streakMilestoneSourceId(recordId: string, threshold: number): string {
  const hex = createHash("sha256").update(`streak:${recordId}:${threshold}`).digest("hex");
  // Shaped as an RFC 4122 name-based uuid (version 5 bits, variant 10xx).
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Records the 7 / 30 / 100 milestones crossed between two streaks, inside the check-off's transaction. */
export async function recordStreakMilestones(
  tx: Executor,
  input: {
    coupleId: string;
    recordId: string;
    ownerId: string;
    previous: number;
    current: number;
    occurredOn: string;
    title: (threshold: number) => string;
  },
) {
  const recorded: number[] = [];
  for (const threshold of streakMilestonesReached(input.previous, input.current)) {
    const id = await recordMilestone(tx, {
      coupleId: input.coupleId,
      kind: "streak",
      title: input.title(threshold),
      occurredOn: input.occurredOn,
      createdBy: input.ownerId,
      sourceId: streakMilestoneSourceId(input.recordId, threshold),
    });
    if (id) recorded.push(threshold);
  }
  return recorded;
}
