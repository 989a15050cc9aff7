import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { vents } from "@/db/schema";
import { acknowledgedWords, wordsView } from "../acknowledgements/acknowledged-words";
import { DomainError } from "../errors";
import { notify } from "../notifications/notify";
import { announce } from "../live/bus";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import type { listVentsSchema } from "./schema";

/** A vent as this caller may see it: who wrote it from their side, and what they can do with it. */
export type VentView = ReturnType<typeof wordsView> & {
  /** Only the author. */
  canDelete: boolean;
};

const ventWords = acknowledgedWords<VentView>({
  table: vents,
  topic: "vents",
  view: (row, viewer) => ({
    ...wordsView(row, viewer),
    canDelete: row.authorId === viewer.me.id,
  }),
  notFound: "We couldn't find that vent. It may have been deleted.",
  ownWords: "This is your own vent: only your partner can acknowledge it.",
  onWrite: async (tx, viewer, now) => {
    if (viewer.partner) await notify(tx, viewer.partner.id, "waiting", "/vents", now);
  },
});

/** The couple's vents, newest first, one keyset page at a time. */
export function listVents(db: Executor, viewer: CoupleViewer, input: z.output<typeof listVentsSchema>) {
  return ventWords.list(db, viewer, input);
}

export function writeVent(db: Executor, viewer: CoupleViewer, input: { body: string }, now: Date) {
  return ventWords.write(db, viewer, input, now);
}

/** "I read this and I hear you" — the only answer a vent can get. */
export function acknowledgeVent(db: Executor, viewer: PartneredViewer, id: string, now: Date) {
  return ventWords.acknowledge(db, viewer, id, now);
}

/** The author takes their words back. Nobody else can delete them. */
export async function deleteVent(db: Executor, viewer: CoupleViewer, id: string) {
  const [deleted] = await db
    .delete(vents)
    .where(and(eq(vents.id, id), eq(vents.coupleId, viewer.couple.id), eq(vents.authorId, viewer.me.id)))
    .returning({ id: vents.id });
  if (!deleted) {
    await ventWords.find(db, viewer, id);
    throw new DomainError("FORBIDDEN", "Only the person who wrote a vent can delete it.");
  }
  await announce(db, { coupleId: viewer.couple.id, topic: "vents", actorId: viewer.me.id });
  return { id: deleted.id };
}
