import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { disclosures } from "@/db/schema";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import type { listDisclosuresSchema } from "./schema";

const NOT_FOUND_MESSAGE = "We couldn't find that disclosure. It may have been taken back.";

/** A disclosure as this caller may see it: who told it from their side, and what they can do with it. */
export type DisclosureView = {
  id: string;
  body: string;
  byMe: boolean;
  authorName: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  /** Only the partner of the author, and only once. */
  canAcknowledge: boolean;
  /** Only the author, until it has been acknowledged: after that it is part of both their stories. */
  canTakeBack: boolean;
};

function viewOf(row: typeof disclosures.$inferSelect, viewer: CoupleViewer): DisclosureView {
  const byMe = row.authorId === viewer.me.id;
  return {
    id: row.id,
    body: row.body,
    byMe,
    authorName: byMe ? viewer.me.name : (viewer.partner?.name ?? "Your partner"),
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    canAcknowledge: !byMe && row.acknowledgedAt === null,
    canTakeBack: byMe && row.acknowledgedAt === null,
  };
}

/** The couple's disclosures, newest first, one keyset page at a time. */
export async function listDisclosures(
  db: Executor,
  viewer: CoupleViewer,
  input: z.output<typeof listDisclosuresSchema>,
) {
  const { cursor, limit } = input;
  const rows = await db
    .select()
    .from(disclosures)
    .where(
      and(
        eq(disclosures.coupleId, viewer.couple.id),
        // A row comparison, so the (couple_id, created_at desc, id desc) index serves every page.
        cursor
          ? sql`(${disclosures.createdAt}, ${disclosures.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${disclosures.createdAt} desc nulls last`, sql`${disclosures.id} desc nulls last`)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => viewOf(row, viewer)),
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** Disclosures waiting for an acknowledgement, from the caller's side: the dashboard's summary. */
export async function openDisclosures(db: Executor, viewer: CoupleViewer) {
  const rows = await db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.coupleId, viewer.couple.id), isNull(disclosures.acknowledgedAt)))
    .orderBy(sql`${disclosures.createdAt} desc`)
    .limit(20);
  return rows.map((row) => viewOf(row, viewer));
}

export async function writeDisclosure(db: Executor, viewer: CoupleViewer, input: { body: string }, now: Date) {
  const [row] = await db
    .insert(disclosures)
    .values({ coupleId: viewer.couple.id, authorId: viewer.me.id, body: input.body, createdAt: now })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await announce(db, { coupleId: viewer.couple.id, topic: "disclosures", actorId: viewer.me.id });
  return viewOf(row, viewer);
}

/** "Thank you for telling me" — the only answer a disclosure gets. Saying it twice changes nothing. */
export async function acknowledgeDisclosure(db: Executor, viewer: PartneredViewer, id: string, now: Date) {
  const [updated] = await db
    .update(disclosures)
    .set({ acknowledgedAt: now, acknowledgedBy: viewer.me.id })
    .where(
      and(
        eq(disclosures.id, id),
        eq(disclosures.coupleId, viewer.couple.id),
        ne(disclosures.authorId, viewer.me.id),
        isNull(disclosures.acknowledgedAt),
      ),
    )
    .returning();
  if (updated) {
    await announce(db, { coupleId: viewer.couple.id, topic: "disclosures", actorId: viewer.me.id });
    return viewOf(updated, viewer);
  }
  const existing = await findDisclosure(db, viewer, id);
  if (existing.authorId === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "You told this: only your partner can acknowledge it.");
  }
  return viewOf(existing, viewer);
}

/** The author takes it back, while it hasn't been acknowledged yet. */
export async function takeBackDisclosure(db: Executor, viewer: CoupleViewer, id: string) {
  const [deleted] = await db
    .delete(disclosures)
    .where(
      and(
        eq(disclosures.id, id),
        eq(disclosures.coupleId, viewer.couple.id),
        eq(disclosures.authorId, viewer.me.id),
        isNull(disclosures.acknowledgedAt),
      ),
    )
    .returning({ id: disclosures.id });
  if (!deleted) {
    const existing = await findDisclosure(db, viewer, id);
    throw new DomainError(
      existing.authorId === viewer.me.id ? "CONFLICT" : "FORBIDDEN",
      existing.authorId === viewer.me.id
        ? "Your partner has already acknowledged this, so it stays part of both your stories."
        : "Only the person who told something can take it back.",
    );
  }
  await announce(db, { coupleId: viewer.couple.id, topic: "disclosures", actorId: viewer.me.id });
  return { id: deleted.id };
}

/** Looked up with the couple: another couple's disclosure and a missing one get the same answer. */
async function findDisclosure(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.id, id), eq(disclosures.coupleId, viewer.couple.id)));
  if (!row) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return row;
}
