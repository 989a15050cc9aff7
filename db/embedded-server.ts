import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { listenStatement, NotificationRouter } from "./embedded-notifications";

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One PGlite is one Postgres backend, shared by every client connection. Each
 * connection's messages are run as whole batches (up to Sync or a simple Query) while
 * holding this lock, and a connection that leaves a transaction open keeps the lock
 * until it ends it — so two connections' statements never interleave.
 * (@electric-sql/pglite-socket 0.2.17 queues single messages, which lets one connection's
 * Parse overwrite another's between Parse and Bind: we hit exactly that under a pool.)
 *
 * Upstream knows: the interleaving is electric-sql/pglite issue #1046
 * (https://github.com/electric-sql/pglite/issues/1046), with a fix proposed in PR #977
 * (https://github.com/electric-sql/pglite/pull/977, unreleased), and multi-session PGlite in
 * PR #1054 (https://github.com/electric-sql/pglite/pull/1054). Once a release carries them,
 * pglite-socket can serve the database and this server can go.
 */
class BackendLock {
  private owner: object | null = null;
  private waiters: (() => void)[] = [];

  async acquire(connection: object) {
    while (this.owner && this.owner !== connection) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.owner = connection;
  }

  release(connection: object) {
    if (this.owner !== connection) return;
    this.owner = null;
    for (const wake of this.waiters.splice(0)) wake();
  }

  isHeldBy(connection: object) {
    return this.owner === connection;
  }
}

function serveConnection(socket: net.Socket, pglite: PGlite, lock: BackendLock, notifications: NotificationRouter) {
  const connection = {};
  // Named statements live in the one shared backend: dropped when their connection goes.
  // (Clients name them uniquely per connection, as postgres.js does with a random prefix.)
  const statements = new Set<string>();
  let buffer = Buffer.alloc(0);
  let started = false;
  let work = Promise.resolve();

  // Channels this connection's UNLISTEN took from the shared backend that others still hear.
  let relisten: string[] = [];

  const run = (batch: Buffer, holdsAfter: boolean) => {
    const channels = notifications.stillHeard(relisten);
    relisten = [];
    work = work.then(async () => {
      await lock.acquire(connection);
      try {
        await pglite.execProtocolRawStream(new Uint8Array(batch), {
          onRawData: notifications.replyFilter((bytes) => {
            if (socket.writable) socket.write(bytes);
          }),
        });
        for (const channel of channels) await pglite.exec(listenStatement(channel));
      } finally {
        if (!holdsAfter && !pglite.isInTransaction()) lock.release(connection);
      }
    });
    work.catch(() => socket.destroy());
  };

  socket.setNoDelay(true);
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    let batchEnd = 0;
    let offset = 0;
    for (;;) {
      if (!started) {
        if (buffer.length - offset < 8) break;
        const length = buffer.readInt32BE(offset);
        if (buffer.length - offset < length) break;
        const code = buffer.readInt32BE(offset + 4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          socket.write("N");
        } else if (code === CANCEL_REQUEST) {
          socket.end();
        } else {
          started = true;
          run(buffer.subarray(offset, offset + length), false);
        }
        offset += length;
        batchEnd = offset;
        continue;
      }
      if (buffer.length - offset < 5) break;
      const type = String.fromCharCode(buffer[offset]!);
      const length = 1 + buffer.readInt32BE(offset + 1);
      if (buffer.length - offset < length) break;
      if (type === "X") {
        socket.end();
        offset += length;
        batchEnd = offset;
        break;
      }
      if (type === "P") {
        const nameEnd = buffer.indexOf(0, offset + 5);
        const name = buffer.toString("utf8", offset + 5, nameEnd);
        if (name) statements.add(name);
        relisten.push(
          ...notifications.track(socket, buffer.toString("utf8", nameEnd + 1, buffer.indexOf(0, nameEnd + 1))),
        );
      }
      if (type === "Q") {
        relisten.push(
          ...notifications.track(socket, buffer.toString("utf8", offset + 5, buffer.indexOf(0, offset + 5))),
        );
      }
      offset += length;
      // Sync, simple Query and Flush close a batch: the client then waits for replies.
      // After a Flush the client continues the same statement (postgres.js sends
      // Parse+Describe+Flush, then Bind+Execute+Sync), so the lock is kept until Sync.
      if (type === "S" || type === "Q" || type === "H") {
        run(buffer.subarray(batchEnd, offset), type === "H");
        batchEnd = offset;
      }
    }
    buffer = Buffer.from(buffer.subarray(batchEnd));
  });

  const close = () => {
    const unheard = notifications.forget(socket);
    work = work.then(async () => {
      if (lock.isHeldBy(connection)) {
        // A client that vanished mid-transaction must not leave it open for everyone else.
        if (pglite.isInTransaction()) await pglite.exec("rollback").catch(() => {});
      }
      if (statements.size > 0 || unheard.length > 0) {
        await lock.acquire(connection);
        for (const name of statements) await pglite.exec(`deallocate "${name.replaceAll('"', '""')}"`).catch(() => {});
        for (const channel of unheard) await pglite.exec(`un${listenStatement(channel)}`).catch(() => {});
      }
      lock.release(connection);
    });
  };
  socket.on("close", close);
  socket.on("error", () => socket.destroy());
}

/**
 * Serves PGlite over the Postgres wire protocol so the app always talks postgres.js.
 * PGlite has no cross-process lock and two processes on one data directory corrupt
 * it, so this process owns the directory and a lock file says so.
 * `dataDir` "memory://" gives a throwaway database (tests).
 */
export async function startEmbeddedServer(dataDir: string, port: number): Promise<EmbeddedServer> {
  const inMemory = dataDir.startsWith("memory://");
  const lockFile = `${dataDir}.lock`;
  if (!inMemory) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : 0;
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is already open in process ${holder}. Stop that one first (two processes on one PGlite directory would corrupt it).`,
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const pglite = await PGlite.create(inMemory ? undefined : dataDir);
  const lock = new BackendLock();
  const notifications = new NotificationRouter();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serveConnection(socket, pglite, lock, notifications);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is taken: is another Kintsugi already running? Set PGLITE_PORT to use another.`)
          : error,
      ),
    );
    server.listen(port, "127.0.0.1", resolve);
  });
  const boundPort = (server.address() as net.AddressInfo).port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${boundPort}/postgres`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pglite.close();
      if (!inMemory) fs.rmSync(lockFile, { force: true });
    },
  };
}
