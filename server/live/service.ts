import type { Database } from "@/db/client";
import { hasActivitySince } from "../activity/service";
import { subscribeToCouple, type CoupleEvent } from "./bus";
import { RESYNC_TOPIC } from "./topics";
import type { CoupleViewer } from "../viewer";

export { RESYNC_TOPIC };

/** What a screen is told: which feature changed and whether the partner did it — nothing more. */
export type LiveEvent = { topic: string; byPartner: boolean; at: string };

const MAX_QUEUED = 50;
/** Slack for clocks of different app instances, and for a page's reads finishing before its render time. */
const CLOCK_SLACK_MS = 5_000;

/** Whether this person may hear about this event: their own couple, and not the partner's private changes. */
export function mayHear(event: CoupleEvent, viewer: CoupleViewer) {
  if (event.coupleId !== viewer.couple.id) return false;
  if (event.audience === "actor" && event.actorId !== viewer.me.id) return false;
  return true;
}

function toLiveEvent(event: CoupleEvent, viewer: CoupleViewer): LiveEvent {
  return { topic: event.topic, byPartner: event.actorId !== viewer.me.id, at: event.at };
}

/**
 * The viewer's couple events, as they happen, until `signal` aborts. The listener is
 * registered before the first yield, so nothing published after the call is missed.
 *
 * `renderedAt` is when the screen's data was read. An act that landed between then and
 * this connection was announced to no one listening, so the stream opens with a resync
 * when the couple's activity shows one (checked after registering, so none falls between).
 */
export async function* coupleEventsFor(
  db: Database,
  viewer: CoupleViewer,
  signal: AbortSignal | undefined,
  renderedAt?: Date,
): AsyncGenerator<LiveEvent> {
  let queue: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const unsubscribe = await subscribeToCouple(
    viewer.couple.id,
    (event) => {
      if (!mayHear(event, viewer)) return;
      // A screen that stopped reading (a stalled connection) gets one resync instead of an
      // ever-growing backlog.
      queue =
        queue.length >= MAX_QUEUED
          ? [{ topic: RESYNC_TOPIC, byPartner: true, at: event.at }]
          : [...queue, toLiveEvent(event, viewer)];
      wakeUp();
    },
    db,
  );
  signal?.addEventListener("abort", wakeUp, { once: true });
  try {
    if (renderedAt && (await hasActivitySince(db, viewer.couple.id, new Date(renderedAt.getTime() - CLOCK_SLACK_MS)))) {
      queue = [{ topic: RESYNC_TOPIC, byPartner: true, at: new Date().toISOString() }, ...queue];
    }
    while (!signal?.aborted) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener("abort", wakeUp);
    unsubscribe();
  }
}
