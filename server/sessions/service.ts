import { and, desc, eq, lt, lte, ne, or } from "drizzle-orm";
import Bowser from "bowser";
import type { Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { localDateOf } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { SESSION_MAX_AGE_S } from "../session-token";
import type { Me } from "../viewer";

/** "Last used" moves at most this often, so reading a page never writes. */
export const LAST_USED_INTERVAL_MS = 60 * 60 * 1000;
const USER_AGENT_MAX = 512;

/**
 * Starts the session of a sign-in and returns its id, for the JWT. Rows its user can no
 * longer use (an older session version, or unused for longer than a token lives) go at the same time.
 */
export async function startSession(
  db: Executor,
  user: { id: string; sessionVersion: number },
  userAgent: string,
  now: Date,
) {
  const [row] = await db
    .insert(sessions)
    .values({
      userId: user.id,
      sessionVersion: user.sessionVersion,
      userAgent: userAgent.slice(0, USER_AGENT_MAX),
      createdAt: now,
      lastUsedAt: now,
    })
    .returning({ id: sessions.id });
  const unusedSince = new Date(now.getTime() - SESSION_MAX_AGE_S * 1000);
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, user.id),
        or(ne(sessions.sessionVersion, user.sessionVersion), lt(sessions.lastUsedAt, unusedSince)),
      ),
    );
  return row!.id;
}

/** Moves "last used" on when the viewer's query found it more than an hour old. */
export async function touchSession(db: Executor, sessionId: string, now: Date) {
  const due = new Date(now.getTime() - LAST_USED_INTERVAL_MS);
  await db
    .update(sessions)
    .set({ lastUsedAt: now })
    .where(and(eq(sessions.id, sessionId), lte(sessions.lastUsedAt, due)));
}

export type DeviceSession = {
  id: string;
  browser: string;
  system: string;
  startedAt: Date;
  /** The day it was last used, on the viewer's clock: never the hour. */
  lastUsedOn: string;
  current: boolean;
};

export function describeUserAgent(userAgent: string): { browser: string; system: string } {
  if (!userAgent) return { browser: "An unknown browser", system: "an unknown system" };
  const parsed = Bowser.parse(userAgent);
  const model = parsed.platform.model;
  // iOS names the device people know it by: "Safari on iPhone".
  const system = parsed.os.name === "iOS" && model ? model : parsed.os.name;
  return { browser: parsed.browser.name || "An unknown browser", system: system || "an unknown system" };
}

/** This person's sessions that still work, the newest first, and which one is asking. */
export async function listSessions(
  db: Executor,
  me: Me,
  currentSessionId: string | undefined,
): Promise<DeviceSession[]> {
  const rows = await db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.sessionVersion, sessions.sessionVersion)))
    .where(eq(sessions.userId, me.id))
    .orderBy(desc(sessions.lastUsedAt), desc(sessions.createdAt));
  const listed = rows.map((row) => ({
    id: row.id,
    ...describeUserAgent(row.userAgent),
    startedAt: row.createdAt,
    lastUsedOn: localDateOf(row.lastUsedAt, me.timeZone),
    current: row.id === currentSessionId,
  }));
  // The device in hand first: the others are the ones to look over.
  return [...listed.filter((session) => session.current), ...listed.filter((session) => !session.current)];
}

/** Ends one of this person's sessions; another person's id answers as a missing one does. */
export async function endSession(db: Executor, me: Me, sessionId: string) {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, me.id)))
    .returning({ id: sessions.id });
  if (ended.length === 0) throw new DomainError("NOT_FOUND", "That device is already signed out.");
}

/** Ends every session of this person but the one asking. */
export async function endOtherSessions(db: Executor, me: Me, currentSessionId: string | undefined) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, me.id), currentSessionId ? ne(sessions.id, currentSessionId) : undefined));
}

/** Signing out: the token's own session ends on the server, so a copy of the cookie stops working too. */
export async function endSignedOutSession(db: Executor, userId: string, sessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
}
