import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { recordMilestone } from "../milestones/record";
import { streakMilestonesReached } from "../domain/streaks";
import { publishCoupleEvent, type CoupleEvent } from "../live/bus";

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

/**
 * Tells the couple's open screens after a change committed. Best effort: the change is
 * already saved, so a live channel that is down must not turn it into an error.
 */
export async function announce(event: Omit<CoupleEvent, "at">) {
  try {
    await publishCoupleEvent(event);
  } catch {
    // Screens still catch up on their next refetch (focus, or the next action).
  }
}
