import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "./request";

const stamped = Symbol.for("kintsugi.peer-address-stamp");

/**
 * Route handlers never see the socket, and Next only fills X-Forwarded-For with the
 * connection's address when the client sent none, so a client could name any address it
 * liked. Stamping the socket's address on each request, before Next reads it, gives the
 * rate limit an address the client cannot choose. Runs once per server process.
 */
export function stampPeerAddresses() {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [stamped]?: true };
    if (prototype[stamped]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    prototype[stamped] = true;
  }
}
