import { and, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import {
  forgivenessAnswerLog,
  forgivenessRequests,
  type ForgivenessAnswer,
  type ForgivenessStatus,
  STILL_OPEN,
} from "@/db/schema";
import { localDateOf } from "../domain/zoned-time";
import { DomainError } from "../errors";
import { announce } from "../live/bus";
import { recordMilestone } from "../milestones/record";
import { notify } from "../notifications/notify";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import type { AnswerInput, SaveDraftInput, SendInput } from "./schema";
import { NOT_FOUND_MESSAGE, toView, visibleTo } from "./request-view";

const statusAfter: Record<ForgivenessAnswer, ForgivenessStatus> = {
  forgive: "forgiven",
  more_time: "more_time",
  not_ready: "not_ready",
};

/** Why a change found no row: a request this caller can't see is NOT_FOUND, whoever's it is. */
async function explainMiss(
  db: Executor,
  viewer: CoupleViewer,
  id: string,
  action: "save" | "withdraw" | "answer",
): Promise<never> {
  const [row] = await db
    .select({ status: forgivenessRequests.status, authorId: forgivenessRequests.authorId })
    .from(forgivenessRequests)
    .where(and(eq(forgivenessRequests.id, id), visibleTo(viewer)));
  if (!row) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const mine = row.authorId === viewer.me.id;
  if (action === "withdraw" && !mine)
    throw new DomainError("FORBIDDEN", "Only the person who asked can withdraw a request.");
  if (action === "answer" && mine)
    throw new DomainError("FORBIDDEN", "Only the person it was asked of can answer a request.");
  if (row.status === "forgiven")
    throw new DomainError("CONFLICT", "This request has been forgiven; that answer is final.");
  if (row.status === "withdrawn") throw new DomainError("CONFLICT", "This request was withdrawn.");
  if (action === "save")
    throw new DomainError("CONFLICT", "This request has already been sent, so it can't be changed.");
  throw new DomainError("CONFLICT", "This request can't be changed right now.");
}

/**
 * Saves what the author has typed so far. The composer picks the id, so every autosave of
 * one draft writes the same row; a row that is not this author's draft is never touched.
 */
export async function saveDraft(db: Database, viewer: CoupleViewer, input: SaveDraftInput, now: Date) {
  const content = {
    kind: input.kind,
    whatIDid: input.whatIDid,
    howItHurt: input.howItHurt,
    whatIAmDoing: input.whatIAmDoing,
    ask: input.ask,
  };
  const [saved] = await db
    .insert(forgivenessRequests)
    .values({
      id: input.id,
      coupleId: viewer.couple.id,
      authorId: viewer.me.id,
      ...content,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: forgivenessRequests.id,
      set: { ...content, updatedAt: now },
      setWhere: and(
        eq(forgivenessRequests.coupleId, viewer.couple.id),
        eq(forgivenessRequests.authorId, viewer.me.id),
        eq(forgivenessRequests.status, "draft"),
      ),
    })
    .returning({ id: forgivenessRequests.id, updatedAt: forgivenessRequests.updatedAt });
  if (!saved) return explainMiss(db, viewer, input.id, "save");
  return saved;
}

export async function discardDraft(db: Database, viewer: CoupleViewer, id: string) {
  const [deleted] = await db
    .delete(forgivenessRequests)
    .where(
      and(
        eq(forgivenessRequests.id, id),
        eq(forgivenessRequests.coupleId, viewer.couple.id),
        eq(forgivenessRequests.authorId, viewer.me.id),
        eq(forgivenessRequests.status, "draft"),
      ),
    )
    .returning({ id: forgivenessRequests.id });
  if (!deleted) return explainMiss(db, viewer, id, "save");
  return deleted;
}

/** Sends a draft (or a request written in one go) to the partner, with its final words. */
export async function sendRequest(db: Database, viewer: PartneredViewer, input: SendInput, now: Date) {
  // Only the parts of the chosen kind travel; words left from switching kinds are dropped.
  const content =
    input.kind === "forgiveness"
      ? {
          kind: input.kind,
          whatIDid: input.whatIDid,
          howItHurt: input.howItHurt,
          whatIAmDoing: input.whatIAmDoing,
          ask: "",
        }
      : { kind: input.kind, whatIDid: "", howItHurt: "", whatIAmDoing: input.whatIAmDoing, ask: input.ask };
  const sent = { ...content, status: "open" as const, recipientId: viewer.partner.id, sentAt: now, updatedAt: now };
  const row = await db.transaction(async (tx) => {
    const [sentRow] = await tx
      .insert(forgivenessRequests)
      .values({ id: input.id, coupleId: viewer.couple.id, authorId: viewer.me.id, createdAt: now, ...sent })
      .onConflictDoUpdate({
        target: forgivenessRequests.id,
        set: sent,
        setWhere: and(
          eq(forgivenessRequests.coupleId, viewer.couple.id),
          eq(forgivenessRequests.authorId, viewer.me.id),
          eq(forgivenessRequests.status, "draft"),
        ),
      })
      .returning();
    if (sentRow) await notify(tx, viewer.partner.id, "waiting", `/forgiveness/${sentRow.id}`, now);
    return sentRow;
  });
  if (!row) return explainMiss(db, viewer, input.id, "save");
  await announce(db, { coupleId: viewer.couple.id, topic: "forgiveness", actorId: viewer.me.id });
  return toView(row, [], viewer);
}

/** The author takes back a request that has not been forgiven. */
export async function withdrawRequest(db: Database, viewer: CoupleViewer, id: string, now: Date) {
  const [row] = await db
    .update(forgivenessRequests)
    .set({ status: "withdrawn", closedAt: now, updatedAt: now })
    .where(
      and(
        eq(forgivenessRequests.id, id),
        eq(forgivenessRequests.coupleId, viewer.couple.id),
        eq(forgivenessRequests.authorId, viewer.me.id),
        inArray(forgivenessRequests.status, [...STILL_OPEN]),
      ),
    )
    .returning({ id: forgivenessRequests.id, status: forgivenessRequests.status });
  if (!row) return explainMiss(db, viewer, id, "withdraw");
  await announce(db, { coupleId: viewer.couple.id, topic: "forgiveness", actorId: viewer.me.id });
  return row;
}

/**
 * The recipient's answer. "More time" and "not ready" leave the request open for a later
 * answer; "I forgive you" is final and puts a milestone on the timeline in the same transaction.
 */
export async function answerRequest(db: Database, viewer: CoupleViewer, input: AnswerInput, now: Date) {
  const status = statusAfter[input.answer];
  const note = input.answer === "more_time" && input.note ? input.note : null;
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(forgivenessRequests)
      .set({ status, updatedAt: now, closedAt: status === "forgiven" ? now : null })
      .where(
        and(
          eq(forgivenessRequests.id, input.id),
          eq(forgivenessRequests.coupleId, viewer.couple.id),
          eq(forgivenessRequests.recipientId, viewer.me.id),
          inArray(forgivenessRequests.status, [...STILL_OPEN]),
        ),
      )
      .returning();
    if (!row) return explainMiss(tx, viewer, input.id, "answer");
    await tx.insert(forgivenessAnswerLog).values({
      coupleId: viewer.couple.id,
      requestId: row.id,
      answeredBy: viewer.me.id,
      answer: input.answer,
      note,
      answeredAt: now,
    });
    await notify(tx, row.authorId, "waiting", `/forgiveness/${row.id}`, now);
    if (status === "forgiven") {
      const authorName = viewer.partner?.name ?? "your partner";
      await recordMilestone(tx, {
        coupleId: viewer.couple.id,
        kind: row.kind === "second_chance" ? "second_chance" : "forgiveness",
        title:
          row.kind === "second_chance"
            ? `${viewer.me.name} gave ${authorName} a second chance`
            : `${viewer.me.name} forgave ${authorName}`,
        occurredOn: localDateOf(now, viewer.me.timeZone),
        createdBy: viewer.me.id,
        sourceId: row.id,
      });
    }
    return { id: row.id, status: row.status };
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "forgiveness", actorId: viewer.me.id });
  return result;
}
