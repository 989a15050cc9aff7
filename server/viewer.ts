import { and, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { preparedQuery, type Database } from "@/db/client";
import { coupleMembers, couples, sessions, users } from "@/db/schema";
import { LAST_USED_INTERVAL_MS, touchSession } from "./sessions/service";
import { isUuid } from "@/lib/uuid";

export type Person = { id: string; name: string; timeZone: string };
export type Me = Person & { email: string };
export type CoupleInfo = { id: string; repairBeganOn: string; seat: number };

/** Who is asking, as the server knows them: the one authorization choke point's input. */
export type Viewer = { me: Me; couple: CoupleInfo | null; partner: Person | null };
/** A viewer inside an active couple: what every couple-scoped service receives. */
export type CoupleViewer = { me: Me; couple: CoupleInfo; partner: Person | null };
export type PartneredViewer = { me: Me; couple: CoupleInfo; partner: Person };

/** Me or my partner; null for anyone else (a former member, or nobody at all). */
export function memberOf(viewer: CoupleViewer, userId: string | null): Person | null {
  if (userId === viewer.me.id) return viewer.me;
  if (viewer.partner && userId === viewer.partner.id) return viewer.partner;
  return null;
}

/** Me, my partner, or a former member whose words stay (counted in UTC, named gently). */
export function personOf(viewer: CoupleViewer, userId: string): Person {
  return memberOf(viewer, userId) ?? { id: userId, name: "A former partner", timeZone: "UTC" };
}

const partnerMember = alias(coupleMembers, "partner_member");
const partnerUser = alias(users, "partner_user");

// Every request runs this first: built and prepared once per database handle.
const viewerQuery = preparedQuery((db) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      coupleId: couples.id,
      repairBeganOn: couples.repairBeganOn,
      seat: coupleMembers.seat,
      partnerId: partnerUser.id,
      partnerName: partnerUser.name,
      partnerTimeZone: partnerUser.timeZone,
      sessionLastUsedAt: sessions.lastUsedAt,
    })
    .from(users)
    .leftJoin(coupleMembers, and(eq(coupleMembers.userId, users.id), eq(coupleMembers.active, true)))
    .leftJoin(couples, and(eq(couples.id, coupleMembers.coupleId), eq(couples.status, "active")))
    .leftJoin(partnerMember, and(eq(partnerMember.coupleId, couples.id), ne(partnerMember.userId, users.id)))
    .leftJoin(partnerUser, eq(partnerUser.id, partnerMember.userId))
    .leftJoin(sessions, and(eq(sessions.id, sql`${sql.placeholder("sessionId")}::uuid`), eq(sessions.userId, users.id)))
    .where(
      and(
        eq(users.id, sql`${sql.placeholder("userId")}::uuid`),
        eq(users.sessionVersion, sql.placeholder("sessionVersion")),
        // A browser's session must still have its record (signing out ends it); in-process callers have none to check.
        sql`(${sql.placeholder("sessionId")}::uuid is null or ${sessions.id} is not null)`,
      ),
    )
    .limit(1)
    .prepare("load_viewer"),
);

/**
 * Loads the signed-in person, their active couple and partner in one statement, or
 * null when the session is stale (account gone, signed out on that device or everywhere).
 * `session` is the browser session's record, checked in that same statement; its "last
 * used" moves on at most once an hour.
 */
export async function loadViewer(
  db: Database,
  userId: string,
  sessionVersion: number,
  session?: { id: string; now: Date },
): Promise<Viewer | null> {
  if (session && !isUuid(session.id)) return null;
  const [row] = await viewerQuery(db).execute({ userId, sessionVersion, sessionId: session?.id ?? null });
  if (!row) return null;
  if (
    session &&
    row.sessionLastUsedAt &&
    session.now.getTime() - row.sessionLastUsedAt.getTime() >= LAST_USED_INTERVAL_MS
  ) {
    await touchSession(db, session.id, session.now);
  }
  return {
    me: { id: row.id, name: row.name, email: row.email, timeZone: row.timeZone },
    couple:
      row.coupleId && row.repairBeganOn && row.seat
        ? { id: row.coupleId, repairBeganOn: row.repairBeganOn, seat: row.seat }
        : null,
    partner:
      row.partnerId && row.partnerName && row.partnerTimeZone
        ? { id: row.partnerId, name: row.partnerName, timeZone: row.partnerTimeZone }
        : null,
  };
}
