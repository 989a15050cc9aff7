import { EventEmitter } from "node:events";
import postgres from "postgres";

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
};

const CHANNEL = "kintsugi_couple_events";

type Bus = {
  publish(event: CoupleEvent): Promise<void>;
  subscribe(coupleId: string, listener: (event: CoupleEvent) => void): Promise<() => void>;
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
  };
}

const globalForBus = globalThis as unknown as { kintsugiBus?: Bus };

function bus(): Bus {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  globalForBus.kintsugiBus ??= isEmbedded(url) ? inProcessBus() : postgresBus(url);
  return globalForBus.kintsugiBus;
}

/** Tells the couple's open screens that `topic` changed. Call it after the change commits. */
export async function publishCoupleEvent(event: Omit<CoupleEvent, "at">) {
  await bus().publish({ ...event, at: new Date().toISOString() });
}

export function subscribeToCouple(coupleId: string, listener: (event: CoupleEvent) => void) {
  return bus().subscribe(coupleId, listener);
}
