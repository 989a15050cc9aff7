import type net from "node:net";

/**
 * LISTEN/NOTIFY across the embedded server's connections, as PostgreSQL does it. Every
 * connection shares PGlite's one backend, so the backend hears every LISTEN, and a
 * notification comes out in the reply of whichever connection's batch was running when it
 * fired (usually the notifier's). The router takes NotificationResponse messages out of
 * that reply and hands each to the connections that asked for its channel — so the app
 * uses the same LISTEN/NOTIFY on both databases (the live bus, the job queue), and nothing
 * needs telling which database it is on.
 */
export class NotificationRouter {
  private listeners = new Map<string, Set<net.Socket>>();

  /** Records the LISTEN and UNLISTEN statements of a query a connection sends; returns channels it stopped hearing. */
  track(socket: net.Socket, query: string): string[] {
    const stopped: string[] = [];
    for (const statement of query.split(";")) {
      const match = /^\s*(un)?listen\s+("(?:[^"]|"")*"|\*|[a-z_][\w$]*)\s*$/i.exec(statement);
      if (!match) continue;
      const channel = channelName(match[2]!);
      if (!match[1]) {
        const sockets = this.listeners.get(channel) ?? new Set();
        sockets.add(socket);
        this.listeners.set(channel, sockets);
        continue;
      }
      for (const [name, sockets] of this.listeners) {
        if ((channel === "*" || name === channel) && sockets.delete(socket)) stopped.push(name);
      }
    }
    return stopped;
  }

  /** The channels still heard by some connection: the shared backend must keep listening to them. */
  stillHeard(channels: string[]) {
    return channels.filter((channel) => (this.listeners.get(channel)?.size ?? 0) > 0);
  }

  /** Forgets a closed connection; returns the channels no connection hears any more. */
  forget(socket: net.Socket): string[] {
    const unheard: string[] = [];
    for (const [channel, sockets] of this.listeners) {
      if (sockets.delete(socket) && sockets.size === 0) unheard.push(channel);
    }
    return unheard;
  }

  /**
   * A filter for one batch's reply: passes every message through `write` except
   * notifications, which go to their channel's listeners first — as PostgreSQL signals
   * listeners at commit, before the notifier hears back. Replies arrive in chunks that
   * need not end on a message boundary, so a partial message waits for the rest.
   */
  replyFilter(write: (bytes: Buffer) => void) {
    let carried = Buffer.alloc(0);
    return (chunk: Uint8Array) => {
      const bytes = carried.length ? Buffer.concat([carried, chunk]) : Buffer.from(chunk);
      const passed: Buffer[] = [];
      let passedFrom = 0;
      let offset = 0;
      while (bytes.length - offset >= 5) {
        const length = 1 + bytes.readInt32BE(offset + 1);
        if (bytes.length - offset < length) break;
        if (bytes[offset] === 0x41 /* "A", NotificationResponse */) {
          passed.push(bytes.subarray(passedFrom, offset));
          this.deliver(bytes.subarray(offset, offset + length));
          passedFrom = offset + length;
        }
        offset += length;
      }
      passed.push(bytes.subarray(passedFrom, offset));
      const reply = passed.length === 1 ? passed[0]! : Buffer.concat(passed);
      if (reply.length) write(reply);
      carried = Buffer.from(bytes.subarray(offset));
    };
  }

  private deliver(message: Buffer) {
    // Int32 length, Int32 process id, then the channel as a C string.
    const channel = message.toString("utf8", 9, message.indexOf(0, 9));
    for (const socket of this.listeners.get(channel) ?? []) {
      if (socket.writable) socket.write(message);
    }
  }
}

function channelName(identifier: string) {
  if (identifier.startsWith('"')) return identifier.slice(1, -1).replaceAll('""', '"');
  return identifier === "*" ? identifier : identifier.toLowerCase();
}

/** The statement to make the shared backend listen to a channel again. */
export function listenStatement(channel: string) {
  return `listen "${channel.replaceAll('"', '""')}"`;
}
