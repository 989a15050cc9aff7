import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import { getToken, type JWT, type JWTDecodeParams, type JWTEncodeParams } from "next-auth/jwt";
// Next's own cookie parser (what `request.cookies` is), named by file so plain Node (tsx, Playwright) resolves it too.
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies/index.js";
import type { NextRequest } from "next/server";

/*
 * next-auth's own session-token format (an A256GCM JWE under a key derived from the
 * secret by HKDF), with the derived key kept instead of derived again on every request:
 * every API call decodes the token and re-encodes it to roll the session, and the two
 * derivations were a visible share of a dashboard request's time (next-auth's own decode
 * reads a request's session in about four times as long). The derivation is next-auth's
 * (the same HKDF info): the round-trip tests against its encode, decode and
 * getServerSession fail the day a next-auth release changes it.
 */

/** How long a session token lives without use. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string) {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({
  token = {},
  secret,
  maxAge = SESSION_MAX_AGE_S,
  salt = "",
}: JWTEncodeParams) {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/**
 * What a signed-in request carries: the user, the session version the token was issued
 * with, and the id of its session record (server/sessions). A token always has the id;
 * only in-process callers (seed, tests) go without.
 */
export type SessionClaims = { userId: string; sessionVersion: number; sessionId?: string };

/**
 * The claims of a decoded token, as auth.ts's session callback reports them. A token
 * without a user id is no session, and neither is one without a session id (issued before
 * sessions could be ended one by one, it could never be revoked).
 */
export function sessionClaimsOf(token: JWT | null): SessionClaims | null {
  return token?.uid && token.sid ? { userId: token.uid, sessionVersion: token.sv ?? -1, sessionId: token.sid } : null;
}

/**
 * Whether next-auth names its cookies `__Secure-…`, decided as its own handler does: the
 * site's URL (NEXTAUTH_URL, or the forwarded host and protocol when the host is trusted)
 * is https.
 */
export function usesSecureCookies(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.NEXTAUTH_URL;
  if (configured)
    return new URL(configured.startsWith("http") ? configured : `https://${configured}`).protocol === "https:";
  if (env.VERCEL ?? env.AUTH_TRUST_HOST) return headers.get("x-forwarded-proto") !== "http";
  return false;
}

export function sessionCookieName(secure: boolean) {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Who the request's session cookie names, or null when signed out: no cookie, or a token
 * expired, tampered with or sealed with another secret. This is what next-auth's
 * `getServerSession` answers, read by next-auth's own getToken (cookie chunks and all)
 * without running its whole session endpoint, which also seals a fresh token for a cookie
 * that a server-side read throws away.
 */
export async function readSessionClaims(
  headers: Headers,
  { secret, cookieName }: { secret: string; cookieName: string },
): Promise<SessionClaims | null> {
  const token = await getToken({
    // The cookies only, parsed as Next parses them for getServerSession: with the headers,
    // getToken would also take a token from an `Authorization: Bearer` header, which the
    // session endpoint never does.
    req: { cookies: new RequestCookies(headers) } as unknown as NextRequest,
    secret,
    cookieName,
    decode: decodeSessionToken,
  });
  return sessionClaimsOf(token);
}
