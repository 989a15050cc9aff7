import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { disclosures, vents } from "@/db/schema";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import type { LiveTopic } from "../live/topics";
import type { CoupleViewer, PartneredViewer } from "../viewer";

/**
 * Words one partner writes that the other can only acknowledge, never answer: vents and
 * disclosures. Their tables have the same columns; what differs is the wording, who is
 * told when one is written, and how the author takes one back.
 */
export type WordsTable = typeof vents | typeof disclosures;
export type WordsRow = WordsTable["$inferSelect"];

/** What every caller may see of such words, and whether they may acknowledge them. */
export function wordsView(row: WordsRow, viewer: CoupleViewer) {
  const byMe = row.authorId === viewer.me.id;
  return {
    id: row.id,
    body: row.body,
    byMe,
    authorName: byMe ? viewer.me.name : (viewer.partner?.name ?? "Your partner"),
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    /** Only the partner of the author, and only once. */
    canAcknowledge: !byMe && row.acknowledgedAt === null,
  };
}

export type AcknowledgedWords<View> = {
  table: WordsTable;
  topic: LiveTopic;
  view: (row: WordsRow, viewer: CoupleViewer) => View;
  /** Said for a missing id and another couple's alike, so nothing reveals that a record exists. */
  notFound: string;
  /** Said to an author who tries to acknowledge their own words. */
  ownWords: string;
  /** Runs in the write's transaction, e.g. to tell the partner something is waiting. */
  onWrite?: (tx: Executor, viewer: CoupleViewer, now: Date) => Promise<void>;
};

/** The list, write, acknowledge and lookup of one kind of words, as its spec words them. */
export function acknowledgedWords<View>(spec: AcknowledgedWords<View>) {
  const { table, onWrite } = spec;

  /** Looked up with the couple: another couple's row and a missing one get the same answer. */
  async function find(db: Executor, viewer: CoupleViewer, id: string) {
    const [row] = await db
      .select()
      .from(table)
      .where(and(eq(table.id, id), eq(table.coupleId, viewer.couple.id)));
    if (!row) throw new DomainError("NOT_FOUND", spec.notFound);
    return row;
  }

  /** The couple's words, newest first, one keyset page at a time. */
  async function list(
    db: Executor,
    viewer: CoupleViewer,
    input: { cursor?: { createdAt: Date; id: string } | null; limit: number },
  ) {
    const { cursor, limit } = input;
    const rows = await db
      .select()
      .from(table)
      .where(
        and(
          eq(table.coupleId, viewer.couple.id),
          // A row comparison, so the (couple_id, created_at desc, id desc) index serves every page
          // (with "nulls last" in the order, as the index was created).
          cursor
            ? sql`(${table.createdAt}, ${table.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(sql`${table.createdAt} desc nulls last`, sql`${table.id} desc nulls last`)
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => spec.view(row, viewer)),
      nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
    };
  }

  async function write(db: Executor, viewer: CoupleViewer, input: { body: string }, now: Date) {
    const insert = (tx: Executor) =>
      tx
        .insert(table)
        .values({ coupleId: viewer.couple.id, authorId: viewer.me.id, body: input.body, createdAt: now })
        .returning();
    const [row] = onWrite
      ? await db.transaction(async (tx) => {
          const written = await insert(tx);
          await onWrite(tx, viewer, now);
          return written;
        })
      : await insert(db);
    if (!row) throw new Error("insert returned no row");
    await announce(db, { coupleId: viewer.couple.id, topic: spec.topic, actorId: viewer.me.id });
    return spec.view(row, viewer);
  }

  /** The partner's one answer. Saying it twice changes nothing; the author cannot acknowledge their own. */
  async function acknowledge(db: Executor, viewer: PartneredViewer, id: string, now: Date) {
    const [updated] = await db
      .update(table)
      .set({ acknowledgedAt: now, acknowledgedBy: viewer.me.id })
      .where(
        and(
          eq(table.id, id),
          eq(table.coupleId, viewer.couple.id),
          ne(table.authorId, viewer.me.id),
          isNull(table.acknowledgedAt),
        ),
      )
      .returning();
    if (updated) {
      await announce(db, { coupleId: viewer.couple.id, topic: spec.topic, actorId: viewer.me.id });
      return spec.view(updated, viewer);
    }
    const existing = await find(db, viewer, id);
    if (existing.authorId === viewer.me.id) throw new DomainError("FORBIDDEN", spec.ownWords);
    return spec.view(existing, viewer);
  }

  return { find, list, write, acknowledge };
}
