import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/*
 * next-auth's own session-token format (an A256GCM JWE under a key derived from the
 * secret by HKDF), with the derived key kept instead of derived again on every request:
 * every API call decodes the token and re-encodes it to roll the session, and the two
 * derivations were a visible share of a dashboard request's time.
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

function chunkNumber(name: string) {
  return parseInt(name.split(".").pop() ?? "0");
}

/**
 * The session token in a Cookie header, read as next-auth reads it: Next's cookie
 * parsing (the last of two same-named cookies wins, a value that cannot be
 * URI-decoded is skipped), and a token too large for one cookie split into `.0`, `.1`… chunks.
 */
export function sessionTokenFrom(cookieHeader: string | null, cookieName: string): string | null {
  if (!cookieHeader || !cookieHeader.includes(cookieName)) return null;
  const chunks = new Map<string, string>();
  for (const pair of cookieHeader.split(/; */)) {
    if (!pair.startsWith(cookieName)) continue;
    const splitAt = pair.indexOf("=");
    const name = splitAt === -1 ? pair : pair.slice(0, splitAt);
    try {
      chunks.set(name, splitAt === -1 ? "true" : decodeURIComponent(pair.slice(splitAt + 1)));
    } catch {
      // Next drops a cookie it cannot decode.
    }
  }
  if (chunks.size === 0) return null;
  const names = [...chunks.keys()].sort((a, b) => chunkNumber(a) - chunkNumber(b));
  return names.map((name) => chunks.get(name)).join("") || null;
}

/**
 * Who the request's session cookie names, or null when signed out: no cookie, or a token
 * expired, tampered with or sealed with another secret. This is what next-auth's
 * `getServerSession` answers, without running its whole session endpoint, which also
 * seals a fresh token for a cookie that a server-side read throws away.
 */
export async function readSessionClaims(
  headers: Headers,
  { secret, cookieName }: { secret: string; cookieName: string },
): Promise<SessionClaims | null> {
  const token = sessionTokenFrom(headers.get("cookie"), cookieName);
  if (!token) return null;
  try {
    return sessionClaimsOf(await decodeSessionToken({ token, secret }));
  } catch {
    return null;
  }
}
