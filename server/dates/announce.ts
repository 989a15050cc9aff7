import { publishCoupleEvent } from "../live/bus";
import type { CoupleViewer } from "../viewer";

/**
 * Tells the couple's open screens that `topic` changed. The event carries no content
 * (each screen refetches through procedures that shape what its person may see).
 * "actor" keeps it to the actor's own screens: for a change to a surprise's hidden
 * details, where even "something changed" would tell the partner too much.
 */
export async function announceChange(
  viewer: CoupleViewer,
  topic: "dates" | "memories",
  audience: "couple" | "actor" = "couple",
) {
  await publishCoupleEvent({ coupleId: viewer.couple.id, topic, actorId: viewer.me.id, audience });
}
