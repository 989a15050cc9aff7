import http from "node:http";
import { randomInt, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/trpc/[trpc]/route";
import { stampPeerAddresses } from "./peer-address";
import { addressKey, SIGN_IN_LIMITS } from "./rate-limit";
import { clientIp, PEER_ADDRESS_HEADER } from "./request";

/**
 * The per-IP limit on sign-up and sign-in counts the connection's own address. A client
 * that sends no forwarded header is limited like any other, and one that makes up an
 * X-Forwarded-For for every attempt is still the same client, unless TRUST_PROXY says a
 * proxy in front writes that header.
 */
const originalMax = SIGN_IN_LIMITS.perIp.max;
afterEach(() => {
  SIGN_IN_LIMITS.perIp.max = originalMax;
  delete process.env.TRUST_PROXY;
});

const someAddress = () => `198.51.${randomInt(256)}.${randomInt(256)}`;

/** A sign-up through the tRPC route handler, as it arrives from our server (stamped with the peer's address). */
async function signUpFrom(peer: string, forwardedFor?: string) {
  const headers = new Headers({
    host: "localhost:3000",
    origin: "http://localhost:3000",
    "content-type": "application/json",
    [PEER_ADDRESS_HEADER]: peer,
  });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  const body = JSON.stringify({
    json: { name: "Limit", email: `limit-${randomUUID()}@example.test`, password: "long enough password" },
  });
  const response = await POST(
    new Request("http://localhost:3000/api/trpc/account.signUp", { method: "POST", headers, body }),
  );
  return response.status;
}

describe("the per-IP limit on sign-up and sign-in", () => {
  it("holds for a client that sends no forwarded header at all", async () => {
    SIGN_IN_LIMITS.perIp.max = 3;
    const peer = someAddress();
    expect([await signUpFrom(peer), await signUpFrom(peer), await signUpFrom(peer)]).toEqual([200, 200, 200]);
    expect(await signUpFrom(peer)).toBe(429);
    // Another address is another client.
    expect(await signUpFrom(someAddress())).toBe(200);
  });

  it("is not reset by a made-up X-Forwarded-For unless TRUST_PROXY is set", async () => {
    SIGN_IN_LIMITS.perIp.max = 2;
    const peer = someAddress();
    await signUpFrom(peer, someAddress());
    await signUpFrom(peer, someAddress());
    expect(await signUpFrom(peer, someAddress())).toBe(429);
    expect(await signUpFrom(peer, `${someAddress()}, ${someAddress()}`)).toBe(429);
  });

  it("with TRUST_PROXY, counts the address the trusted proxy saw, whatever the client wrote before it", async () => {
    SIGN_IN_LIMITS.perIp.max = 2;
    process.env.TRUST_PROXY = "1";
    const proxy = someAddress();
    const client = someAddress();
    await signUpFrom(proxy, client);
    await signUpFrom(proxy, `${someAddress()}, ${client}`);
    expect(await signUpFrom(proxy, `${someAddress()}, ${client}`)).toBe(429);
    // Another client behind the same proxy has its own count.
    expect(await signUpFrom(proxy, someAddress())).toBe(200);
  });

  it("counts an IPv6 client by its /64, so a fresh address for every attempt doesn't reset it", async () => {
    SIGN_IN_LIMITS.perIp.max = 2;
    const network = `2001:db8:${randomInt(65536).toString(16)}:${randomInt(65536).toString(16)}`;
    await signUpFrom(`${network}::1`);
    await signUpFrom(`${network}:0:0:0:2`);
    expect(await signUpFrom(`${network}:dead:beef:1:3`)).toBe(429);
    expect(addressKey("2001:0db8:0001:0002:0003:0004:0005:0006")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("the client's address", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("is the connection's own, whatever forwarded headers say, with no proxy trusted", () => {
    expect(
      clientIp(
        headers({
          [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.9",
          "x-forwarded-for": "10.0.0.1",
          "x-real-ip": "10.0.0.2",
        }),
        0,
      ),
    ).toBe("203.0.113.9");
  });

  it("counts hops from the right with TRUST_PROXY, and never further than the chain goes", () => {
    const chain = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.9", "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.8" });
    expect(clientIp(chain, 1)).toBe("10.0.0.8");
    expect(clientIp(chain, 2)).toBe("203.0.113.5");
    expect(clientIp(chain, 9)).toBe("6.6.6.6");
  });

  it("is stamped on every request by the server from its socket, over any copy the client sent", async () => {
    stampPeerAddresses();
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6" } });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
