import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { authenticate } from "./account/service";
import { loadViewer } from "./viewer";
import { clientIp } from "./request";
import { signInSchema } from "./account/schema";
import { endSignedOutSession, startSession } from "./sessions/service";
import { signInWithEmailLink } from "./account/email-link-sign-in";
import {
  decodeSessionToken,
  encodeSessionToken,
  readSessionClaims,
  sessionClaimsOf,
  sessionCookieName,
  usesSecureCookies,
  SESSION_MAX_AGE_S,
  type SessionClaims,
} from "./session-token";
import { isUuid } from "@/lib/uuid";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    sessionVersion: number;
    sessionId: string;
  }
  interface User {
    sessionVersion: number;
    sessionId: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The session record's id: signing out, or out on that device from another, ends it. */
    sid?: string;
  }
}

export const authOptions: NextAuthOptions = {
  // No adapter: with one, next-auth switches to database sessions and credentials stop working.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = new Headers(req.headers as Record<string, string> | undefined);
        // Throws TooManyAttemptsError: next-auth hands its message to the sign-in form.
        const user = await authenticate(getDb(), parsed.data, clientIp(headers));
        if (!user) return null;
        const sessionId = await startSession(getDb(), user, headers.get("user-agent") ?? "", new Date());
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
    // The link in a confirmation mail: using it proves the address, and signs its owner in.
    CredentialsProvider({
      id: "email-link",
      name: "Email link",
      credentials: { token: { type: "text" } },
      authorize: (credentials, req) =>
        signInWithEmailLink(
          credentials?.token,
          new Headers(req.headers as Record<string, string> | undefined).get("user-agent") ?? "",
        ),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      const claims = sessionClaimsOf(token);
      session.user = { id: claims?.userId ?? "", name: token.name ?? "", email: token.email ?? "" };
      session.sessionVersion = claims?.sessionVersion ?? -1;
      session.sessionId = claims?.sessionId ?? "";
      return session;
    },
  },
  events: {
    // Clearing the cookie is not enough: a copy of the token taken before would go on working.
    async signOut({ token }) {
      const claims = sessionClaimsOf(token);
      if (claims?.sessionId) await endSignedOutSession(getDb(), claims.userId, claims.sessionId);
    },
  },
};

/**
 * The session of a request from its cookie, as `getServerSession(authOptions)` reports it,
 * for a fraction of its cost (see readSessionClaims). Not yet checked against the
 * database: that is loadViewer's part.
 */
export async function requestSession(requestHeaders: Headers): Promise<SessionClaims | null> {
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) {
    // next-auth refuses to run without one in production; elsewhere no token can be read.
    if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be read.");
    return null;
  }
  const secure = authOptions.useSecureCookies ?? usesSecureCookies(requestHeaders);
  const cookieName = authOptions.cookies?.sessionToken?.name ?? sessionCookieName(secure);
  return readSessionClaims(requestHeaders, { secret, cookieName });
}

/** This request's session, as requestSession reads it: decoded once per request, however often it is asked for. */
export const getRequestSession = cache(async () => requestSession(await headers()));

/**
 * The signed-in person for this request, checked against the database (so a session
 * revoked by a password change or "sign out everywhere" stops working), cached per request.
 */
export const getRequestViewer = cache(async () => {
  const session = await getRequestSession();
  if (!session?.sessionId || !isUuid(session.userId)) return null;
  return loadViewer(getDb(), session.userId, session.sessionVersion, { id: session.sessionId, now: new Date() });
});
