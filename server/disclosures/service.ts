import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { preparedQuery, type Executor } from "@/db/client";
import { disclosures } from "@/db/schema";
import { acknowledgedWords, wordsView, type WordsRow } from "../acknowledgements/acknowledged-words";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import type { listDisclosuresSchema } from "./schema";

/** A disclosure as this caller may see it: who told it from their side, and what they can do with it. */
export type DisclosureView = ReturnType<typeof wordsView> & {
  /** Only the author, until it has been acknowledged: after that it is part of both their stories. */
  canTakeBack: boolean;
};

function viewOf(row: WordsRow, viewer: CoupleViewer): DisclosureView {
  const words = wordsView(row, viewer);
  return { ...words, canTakeBack: words.byMe && row.acknowledgedAt === null };
}

const disclosureWords = acknowledgedWords<DisclosureView>({
  table: disclosures,
  topic: "disclosures",
  view: viewOf,
  notFound: "We couldn't find that disclosure. It may have been taken back.",
  ownWords: "You told this: only your partner can acknowledge it.",
});

/** The couple's disclosures, newest first, one keyset page at a time. */
export function listDisclosures(db: Executor, viewer: CoupleViewer, input: z.output<typeof listDisclosuresSchema>) {
  return disclosureWords.list(db, viewer, input);
}

/** Disclosures waiting for an acknowledgement, from the caller's side: the dashboard's summary. */
const unacknowledged = preparedQuery((db) =>
  db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.coupleId, sql.placeholder("coupleId")), isNull(disclosures.acknowledgedAt)))
    .orderBy(sql`${disclosures.createdAt} desc`)
    .limit(20)
    .prepare("unacknowledged_disclosures"),
);

export async function openDisclosures(db: Executor, viewer: CoupleViewer) {
  const rows = await unacknowledged(db).execute({ coupleId: viewer.couple.id });
  return rows.map((row) => viewOf(row, viewer));
}

export function writeDisclosure(db: Executor, viewer: CoupleViewer, input: { body: string }, now: Date) {
  return disclosureWords.write(db, viewer, input, now);
}

/** "Thank you for telling me" — the only answer a disclosure gets. */
export function acknowledgeDisclosure(db: Executor, viewer: PartneredViewer, id: string, now: Date) {
  return disclosureWords.acknowledge(db, viewer, id, now);
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
    const existing = await disclosureWords.find(db, viewer, id);
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
