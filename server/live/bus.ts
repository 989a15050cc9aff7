import { EventEmitter } from "node:events";
import postgres from "postgres";
import { getDb } from "@/db/client";
import { recordActivity } from "../activity/service";

/**
 * What changed in a couple space, and by whom. Deliberately no content: a listener
 * refetches through the ordinary procedures, which shape what each partner may see —
 * so a surprise's details or a private draft can never travel on this channel.
 */
export type CoupleEvent = {
  coupleId: string;
  /** The feature whose data changed, e.g. "forgiveness", "readiness"; clients refetch by it. */
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

const CHANNEL = "kintsugi_couple_events";

type Bus = {
  publish(event: CoupleEvent): Promise<void>;
  subscribe(coupleId: string, listener: (event: CoupleEvent) => void): Promise<() => void>;
  close(): Promise<void>;
};

function isEmbedded(url: string) {
  return new URL(url).searchParams.get("embedded") === "1";
}

/** The embedded database serves one app process: fan out in memory. */
function inProcessBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      emitter.emit(event.coupleId, event);
    },
    async subscribe(coupleId, listener) {
      emitter.on(coupleId, listener);
      return () => emitter.off(coupleId, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * PostgreSQL LISTEN/NOTIFY: every app instance hears every event and hands each to its
 * own subscribers of that couple, so it works across several instances.
 */
function postgresBus(url: string): Bus {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  const local = inProcessBus();
  let listening: Promise<unknown> | null = null;
  const listen = () =>
    (listening ??= client.listen(CHANNEL, (payload) => {
      const event = JSON.parse(payload) as CoupleEvent;
      void local.publish(event);
    }));
  return {
    async publish(event) {
      await client`select pg_notify(${CHANNEL}, ${JSON.stringify(event)})`;
    },
    async subscribe(coupleId, listener) {
      await listen();
      return local.subscribe(coupleId, listener);
    },
    async close() {
      await local.close();
      await client.end();
    },
  };
}

const globalForBus = globalThis as unknown as { kintsugiBus?: Bus };

function bus(): Bus {
  const url = process.env.DATABASE_URL;
  // No DATABASE_URL means in-process callers only (tests that inject their database):
  // one process, so the in-memory bus is the whole truth.
  globalForBus.kintsugiBus ??= !url || isEmbedded(url) ? inProcessBus() : postgresBus(url);
  return globalForBus.kintsugiBus;
}

/**
 * Tells the couple's open screens that `topic` changed, and counts it as news for the
 * partner. Call it after the change commits. It never throws: the change itself is
 * already saved, and a missed live update is healed by the next refetch.
 */
export async function publishCoupleEvent(event: Omit<CoupleEvent, "at">) {
  const at = new Date();
  const full: CoupleEvent = { ...event, at: at.toISOString() };
  try {
    if (full.audience !== "actor" && process.env.DATABASE_URL) {
      await recordActivity(getDb(), { coupleId: full.coupleId, actorId: full.actorId, topic: full.topic, at });
    }
  } catch (error) {
    console.error(`Could not record activity for "${full.topic}":`, error);
  }
  try {
    await bus().publish(full);
  } catch (error) {
    console.error(`Could not publish the live event "${full.topic}":`, error);
  }
}

export function subscribeToCouple(coupleId: string, listener: (event: CoupleEvent) => void) {
  return bus().subscribe(coupleId, listener);
}

/** Closes the bus's own connections, so a script that published events (the seed) can exit. */
export async function closeLiveBus() {
  const current = globalForBus.kintsugiBus;
  globalForBus.kintsugiBus = undefined;
  await current?.close();
}
