import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { getDb, type Database, type Executor } from "@/db/client";
import { recordActivity } from "../activity/service";
import type { LiveTopic } from "./topics";

/**
 * What changed in a couple space, and by whom. Deliberately no content: a listener
 * refetches through the ordinary procedures, which shape what each partner may see —
 * so a surprise's details or a private draft can never travel on this channel.
 */
export type CoupleEvent = {
  coupleId: string;
  /**
   * The feature whose data changed (a `LiveTopic` when a feature announces it); clients
   * refetch by it. A string on the wire: a listener must cope with topics it doesn't know.
   */
  topic: string;
  actorId: string;
  at: string;
  /**
   * "couple" (the default): both partners' screens hear it, and it counts as news for the
   * partner. "actor": only the actor's own screens hear it — for changes the partner cannot
   * see (a private draft, a surprise's hidden details), where even "something changed"
   * would tell them what they may not know.
   */
  audience?: "couple" | "actor";
};

/** What a feature announces after its change commits. */
export type FeatureChange = Omit<CoupleEvent, "at" | "topic"> & { topic: LiveTopic };

const CHANNEL = "kintsugi_couple_events";

type Listener = (event: CoupleEvent) => void;

/**
 * PostgreSQL LISTEN/NOTIFY (the embedded server routes it between its connections too):
 * every app instance hears every event, on one listening connection per pool, and hands
 * each to its own subscribers of that couple — so it works across several instances.
 */
function listenerOn(db: Database) {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  let listening: Promise<unknown> | null = null;
  const listen = () =>
    (listening ??= db.$client.listen(CHANNEL, (payload) => {
      const event = JSON.parse(payload) as CoupleEvent;
      local.emit(event.coupleId, event);
    }));
  return async (coupleId: string, listener: Listener) => {
    await listen();
    local.on(coupleId, listener);
    return () => void local.off(coupleId, listener);
  };
}

// Next's dev server reloads modules, not the pool: the listeners are kept beside it.
const globalForBus = globalThis as unknown as {
  kintsugiListeners?: WeakMap<Database["$client"], ReturnType<typeof listenerOn>>;
};

/** Calls `listener` with the couple's events, from the moment the returned promise resolves. */
export function subscribeToCouple(coupleId: string, listener: Listener, db: Database = getDb()) {
  globalForBus.kintsugiListeners ??= new WeakMap();
  const listeners = globalForBus.kintsugiListeners;
  let subscribe = listeners.get(db.$client);
  if (!subscribe) {
    subscribe = listenerOn(db);
    listeners.set(db.$client, subscribe);
  }
  return subscribe(coupleId, listener);
}

/**
 * Tells the couple's open screens about an event, and counts it as news for the partner.
 * Features call `announce`, with their database and a typed topic; this untyped form (on
 * the app's database by default) is for probes outside a request. It never throws: the
 * change itself is already saved, and a missed live update is healed by the next refetch.
 */
export async function publishCoupleEvent(event: Omit<CoupleEvent, "at">, db: Executor = getDb()) {
  const at = new Date();
  const full: CoupleEvent = { ...event, at: at.toISOString() };
  try {
    if (full.audience !== "actor") {
      await recordActivity(db, { coupleId: full.coupleId, actorId: full.actorId, topic: full.topic, at });
    }
  } catch (error) {
    console.error(`Could not record activity for "${full.topic}":`, error);
  }
  try {
    await db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(full)})`);
  } catch (error) {
    console.error(`Could not publish the live event "${full.topic}":`, error);
  }
}

/**
 * The one way a feature tells the couple's screens that it changed: after the change
 * commits, on the database it changed. The event carries no content (each screen refetches
 * through procedures that shape what its person may see).
 */
export function announce(db: Executor, change: FeatureChange) {
  return publishCoupleEvent(change, db);
}
