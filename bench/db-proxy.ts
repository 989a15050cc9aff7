// A TCP proxy between the app and its database, run by the bench in a process of its own
// (so the load generator's event loop never delays it). It adds a delay each way, as a
// network hop to a managed database would, and counts round trips from outside: a round trip
// is the app speaking after the database last answered on that connection. Controlled over
// IPC: { delayMs } sets the delay, { count: true } answers with the round trips so far.
import net from "node:net";

type Command = { delayMs?: number; count?: boolean };

let delayMs = 0;
let roundTrips = 0;

/** Writes each chunk `delayMs` after it arrived, in order, then calls `written`. */
function delayedWriter(to: net.Socket, written = () => {}) {
  let last = Promise.resolve();
  return (chunk: Buffer) => {
    const due = performance.now() + delayMs;
    last = last.then(async () => {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!to.destroyed) to.write(chunk);
      written();
    });
  };
}

function relay(app: net.Socket, target: { host: string; port: number }) {
  const database = net.connect(target.port, target.host);
  app.setNoDelay(true);
  database.setNoDelay(true);
  const toDatabase = delayedWriter(database);
  // Set once the answer reaches the app: only then can the app act on it.
  let databaseSpokeLast = true;
  const toApp = delayedWriter(app, () => {
    databaseSpokeLast = true;
  });
  app.on("data", (chunk) => {
    if (databaseSpokeLast) roundTrips++;
    databaseSpokeLast = false;
    toDatabase(chunk);
  });
  database.on("data", toApp);
  const close = () => {
    app.destroy();
    database.destroy();
  };
  app.on("close", close).on("error", close);
  database.on("close", close).on("error", close);
}

const [listenPort, targetPort, targetHost = "127.0.0.1"] = process.argv.slice(2).map(String);
const server = net.createServer((socket) => relay(socket, { host: targetHost, port: Number(targetPort) }));
server.listen(Number(listenPort), "127.0.0.1", () => process.send?.({ listening: true }));
process.on("message", (command: Command) => {
  if (command.delayMs !== undefined) delayMs = command.delayMs;
  process.send?.({ roundTrips, delayMs });
});
process.on("disconnect", () => process.exit(0));
