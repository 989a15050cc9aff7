import { getServerSession } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { describe, expect, it } from "vitest";
import { authOptions } from "./auth";
import {
  decodeSessionToken,
  encodeSessionToken,
  readSessionClaims,
  sessionCookieName,
  usesSecureCookies,
} from "./session-token";

const secret = "a-test-secret-that-is-long-enough-0123456789";

describe("session tokens", () => {
  it("reads the tokens next-auth writes, and next-auth reads ours", async () => {
    const theirs = await encode({ token: { uid: "u-1", sv: 2 }, secret });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject({ uid: "u-1", sv: 2 });
    const ours = await encodeSessionToken({ token: { uid: "u-2", sv: 5 }, secret });
    expect(await decode({ token: ours, secret })).toMatchObject({ uid: "u-2", sv: 5 });
  });

  it("expires when next-auth's would, and carries a fresh id each time", async () => {
    const before = Math.floor(Date.now() / 1000);
    const first = await decodeSessionToken({
      token: await encodeSessionToken({ token: {}, secret, maxAge: 60 }),
      secret,
    });
    const second = await decodeSessionToken({
      token: await encodeSessionToken({ token: {}, secret, maxAge: 60 }),
      secret,
    });
    expect(first!.exp).toBeGreaterThanOrEqual(before + 60);
    expect(first!.exp).toBeLessThanOrEqual(before + 61);
    expect(first!.jti).not.toBe(second!.jti);
  });

  it("refuses a token made with another secret, or for another purpose (salt)", async () => {
    const token = await encodeSessionToken({ token: { uid: "u-3" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-rotated` })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret, salt: "other" })).rejects.toThrow();
  });

  it("decodes nothing from no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});

/*
 * The request's session is read from its cookie instead of through getServerSession,
 * which runs next-auth's whole session endpoint: these check that the answers are the same
 * as that endpoint's, for every kind of cookie a browser may send.
 */
describe("reading the session from a request's cookies", () => {
  const claims = {
    uid: "6f1c1d7e-6a4b-4c1e-9a51-0a0b0c0d0e0f",
    sv: 3,
    sid: "0d9e8f7a-1b2c-4d3e-8f4a-5b6c7d8e9f00",
    name: "Alex",
    email: "alex@example.com",
  };
  const expected = { userId: claims.uid, sessionVersion: 3, sessionId: claims.sid };
  const plain = "next-auth.session-token";
  const secure = "__Secure-next-auth.session-token";

  /** What getServerSession(authOptions) made of these headers, as the context used to read it. */
  async function nextAuthSession(headers: Headers, url: string) {
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = url;
    try {
      // getServerSession's pages-router form: the same session endpoint, with the request given.
      const request = {
        headers: Object.fromEntries(headers),
        cookies: Object.fromEntries(new RequestCookies(headers).getAll().map((c) => [c.name, c.value])),
      };
      const response = { getHeader() {}, setCookie() {}, setHeader() {} };
      const options = { ...authOptions, secret, logger: { error() {}, warn() {}, debug() {} } };
      const session = await getServerSession(request as never, response as never, options);
      return session?.user.id
        ? { userId: session.user.id, sessionVersion: session.sessionVersion, sessionId: session.sessionId }
        : null;
    } finally {
      process.env.NEXTAUTH_URL = previous;
    }
  }

  async function ours(headers: Headers, url: string) {
    const cookieName = sessionCookieName(usesSecureCookies(headers, { NEXTAUTH_URL: url }));
    return readSessionClaims(headers, { secret, cookieName });
  }

  /** One character of the sealed claims changed. */
  const tampered = (token: string) => {
    const parts = token.split(".");
    const sealed = parts[3]!;
    const at = Math.floor(sealed.length / 2);
    parts[3] = sealed.slice(0, at) + (sealed[at] === "A" ? "B" : "A") + sealed.slice(at + 1);
    return parts.join(".");
  };
  const cookie = (...pairs: [string, string][]) =>
    new Headers({ cookie: pairs.map(([name, value]) => `${name}=${value}`).join("; ") });

  it("names the signed-in person and session version, on http and https sites, as next-auth does", async () => {
    const token = await encode({ token: claims, secret });
    for (const [url, name] of [
      ["http://localhost:3000", plain],
      ["https://kintsugi.example", secure],
      ["kintsugi.example", secure],
    ] as const) {
      const headers = cookie(["other", "1"], [name, token]);
      expect(await ours(headers, url)).toEqual(expected);
      expect(await ours(headers, url)).toEqual(await nextAuthSession(headers, url));
    }
  });

  it("reads a token next-auth split across chunked cookies", async () => {
    const token = await encode({ token: { ...claims, padding: "x".repeat(6000) }, secret });
    const headers = cookie([`${plain}.1`, token.slice(3000)], [`${plain}.0`, token.slice(0, 3000)]);
    expect(await ours(headers, "http://localhost:3000")).toEqual(expected);
    expect(await ours(headers, "http://localhost:3000")).toEqual(
      await nextAuthSession(headers, "http://localhost:3000"),
    );
  });

  it.each([
    ["no cookie at all", async () => new Headers()],
    ["an expired token", async () => cookie([plain, await encode({ token: claims, secret, maxAge: -60 })])],
    [
      "a token sealed with another secret",
      async () => cookie([plain, await encode({ token: claims, secret: `${secret}-old` })]),
    ],
    ["a token tampered with", async () => cookie([plain, tampered(await encode({ token: claims, secret }))])],
    ["a token that names nobody", async () => cookie([plain, await encode({ token: { name: "Alex" }, secret })])],
    [
      "a token from before sessions had ids",
      async () => cookie([plain, await encode({ token: { uid: claims.uid, sv: 3 }, secret })]),
    ],
    ["the https cookie on an http site", async () => cookie([secure, await encode({ token: claims, secret })])],
    ["a cookie that cannot be decoded", async () => cookie([plain, "%E0%A4%A"])],
  ])("is signed out with %s, as next-auth is", async (_case, headersFor) => {
    const headers = await headersFor();
    expect(await ours(headers, "http://localhost:3000")).toBeNull();
    expect(await nextAuthSession(headers, "http://localhost:3000")).toBeNull();
  });

  it("uses the https cookie name when next-auth would", () => {
    const forwarded = new Headers({ "x-forwarded-proto": "http" });
    expect(usesSecureCookies(new Headers(), { NEXTAUTH_URL: "https://kintsugi.example" })).toBe(true);
    expect(usesSecureCookies(new Headers(), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(usesSecureCookies(new Headers(), {})).toBe(false);
    expect(usesSecureCookies(new Headers(), { AUTH_TRUST_HOST: "1" })).toBe(true);
    expect(usesSecureCookies(forwarded, { AUTH_TRUST_HOST: "1" })).toBe(false);
  });
});
