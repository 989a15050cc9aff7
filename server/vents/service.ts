import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { vents } from "@/db/schema";
import { DomainError } from "../errors";
import { notify } from "../notifications/notify";
import { announce } from "../live/bus";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import type { z } from "zod";
import type { listVentsSchema } from "./schema";

const NOT_FOUND_MESSAGE = "We couldn't find that vent. It may have been deleted.";

/** A vent as this caller may see it: who wrote it from their side, and what they can do with it. */
export type VentView = {
  id: string;
  body: string;
  byMe: boolean;
  authorName: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  /** Only the partner of the author, and only once. */
  canAcknowledge: boolean;
  /** Only the author. */
  canDelete: boolean;
};

function viewOf(row: typeof vents.$inferSelect, viewer: CoupleViewer): VentView {
  const byMe = row.authorId === viewer.me.id;
  return {
    id: row.id,
    body: row.body,
    byMe,
    authorName: byMe ? viewer.me.name : (viewer.partner?.name ?? "Your partner"),
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    canAcknowledge: !byMe && row.acknowledgedAt === null,
    canDelete: byMe,
  };
}

/** The couple's vents, newest first, one keyset page at a time. */
export async function listVents(db: Executor, viewer: CoupleViewer, input: z.output<typeof listVentsSchema>) {
  const { cursor, limit } = input;
  const rows = await db
    .select()
    .from(vents)
    .where(
      and(
        eq(vents.coupleId, viewer.couple.id),
        // A row comparison, so the (couple_id, created_at desc, id desc) index serves every page
        // (with "nulls last" in the order, as the index was created).
        cursor
          ? sql`(${vents.createdAt}, ${vents.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${vents.createdAt} desc nulls last`, sql`${vents.id} desc nulls last`)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => viewOf(row, viewer)),
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export async function writeVent(db: Executor, viewer: CoupleViewer, input: { body: string }, now: Date) {
  const [row] = await db.transaction(async (tx) => {
    const written = await tx
      .insert(vents)
      .values({ coupleId: viewer.couple.id, authorId: viewer.me.id, body: input.body, createdAt: now })
      .returning();
    if (viewer.partner) await notify(tx, viewer.partner.id, "waiting", "/vents", now);
    return written;
  });
  if (!row) throw new Error("insert returned no row");
  await announce(db, { coupleId: viewer.couple.id, topic: "vents", actorId: viewer.me.id });
  return viewOf(row, viewer);
}

/**
 * "I read this and I hear you" — the only answer a vent can get. Saying it twice changes
 * nothing; the author cannot acknowledge their own.
 */
export async function acknowledgeVent(db: Executor, viewer: PartneredViewer, id: string, now: Date) {
  const [updated] = await db
    .update(vents)
    .set({ acknowledgedAt: now, acknowledgedBy: viewer.me.id })
    .where(
      and(
        eq(vents.id, id),
        eq(vents.coupleId, viewer.couple.id),
        ne(vents.authorId, viewer.me.id),
        isNull(vents.acknowledgedAt),
      ),
    )
    .returning();
  if (updated) {
    await announce(db, { coupleId: viewer.couple.id, topic: "vents", actorId: viewer.me.id });
    return viewOf(updated, viewer);
  }
  const existing = await findVent(db, viewer, id);
  if (existing.authorId === viewer.me.id) {
    throw new DomainError("FORBIDDEN", "This is your own vent: only your partner can acknowledge it.");
  }
  return viewOf(existing, viewer);
}

/** The author takes their words back. Nobody else can delete them. */
export async function deleteVent(db: Executor, viewer: CoupleViewer, id: string) {
  const [deleted] = await db
    .delete(vents)
    .where(and(eq(vents.id, id), eq(vents.coupleId, viewer.couple.id), eq(vents.authorId, viewer.me.id)))
    .returning({ id: vents.id });
  if (!deleted) {
    await findVent(db, viewer, id);
    throw new DomainError("FORBIDDEN", "Only the person who wrote a vent can delete it.");
  }
  await announce(db, { coupleId: viewer.couple.id, topic: "vents", actorId: viewer.me.id });
  return { id: deleted.id };
}

/** Looked up with the couple: another couple's vent and a missing one get the same answer. */
async function findVent(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select()
    .from(vents)
    .where(and(eq(vents.id, id), eq(vents.coupleId, viewer.couple.id)));
  if (!row) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return row;
}
