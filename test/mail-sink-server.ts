// Usage: tsx test/mail-sink-server.ts — the SMTP sink as a process of its own, for the
// end-to-end suite: SMTP on MAIL_SINK_SMTP_PORT, and on MAIL_SINK_HTTP_PORT a small HTTP
// API (GET /messages) through which specs read what arrived.
import http from "node:http";
import { startMailSink } from "./mail-sink";

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT);
const httpPort = Number(process.env.MAIL_SINK_HTTP_PORT);
if (!smtpPort || !httpPort) throw new Error("Set MAIL_SINK_SMTP_PORT and MAIL_SINK_HTTP_PORT.");

const sink = await startMailSink({ port: smtpPort });
const server = http.createServer((request, response) => {
  if (request.url === "/messages") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(sink.messages));
    return;
  }
  response.writeHead(request.url === "/health" ? 200 : 404).end();
});
server.listen(httpPort, "127.0.0.1", () =>
  console.log(`Mail sink: SMTP ${sink.url}, messages on http://127.0.0.1:${httpPort}/messages`),
);

const stop = async () => {
  server.close();
  await sink.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
