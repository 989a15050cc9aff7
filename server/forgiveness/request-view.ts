import { and, asc, eq, inArray, or, sql, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  forgivenessAnswerLog,
  forgivenessRequests,
  type ForgivenessAnswer,
  type ForgivenessKind,
  type ForgivenessRequest,
  type ForgivenessStatus,
} from "@/db/schema";
import type { CoupleViewer } from "../viewer";

// A request as its caller may see it, shared by the reads (reading.ts) and the writes (service.ts).
export const NOT_FOUND_MESSAGE = "We couldn't find that request. It may have been withdrawn or discarded.";

export type AnswerView = { answer: ForgivenessAnswer; note: string | null; answeredAt: Date };

/** A request as this caller may see it: a draft only ever reaches its author. */
export type RequestView = {
  id: string;
  kind: ForgivenessKind;
  status: ForgivenessStatus;
  /** "mine": I wrote it. "theirs": my partner asked it of me. */
  side: "mine" | "theirs";
  authorName: string;
  recipientName: string;
  whatIDid: string;
  howItHurt: string;
  whatIAmDoing: string;
  ask: string;
  updatedAt: Date;
  sentAt: Date | null;
  closedAt: Date | null;
  /** Every answer given so far, oldest first. */
  answers: AnswerView[];
};

export function toView(row: ForgivenessRequest, answers: AnswerView[], viewer: CoupleViewer): RequestView {
  const mine = row.authorId === viewer.me.id;
  const partnerName = viewer.partner?.name ?? "Your partner";
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    side: mine ? "mine" : "theirs",
    authorName: mine ? viewer.me.name : partnerName,
    recipientName: mine ? partnerName : viewer.me.name,
    whatIDid: row.whatIDid,
    howItHurt: row.howItHurt,
    whatIAmDoing: row.whatIAmDoing,
    ask: row.ask,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
    closedAt: row.closedAt,
    answers,
  };
}

/**
 * What this caller may read: everything they wrote (drafts included), and what was sent
 * to them. The partner's drafts match neither, so they never leave the database.
 */
export function visibleTo(viewer: CoupleViewer) {
  return and(
    eq(forgivenessRequests.coupleId, viewer.couple.id),
    or(
      eq(forgivenessRequests.authorId, viewer.me.id),
      and(eq(forgivenessRequests.recipientId, viewer.me.id), sql`${forgivenessRequests.status} <> 'draft'`),
    ),
  );
}

/** Answers, oldest first, grouped by request. */
export function answersInOrder(rows: ({ requestId: string } & AnswerView)[]) {
  const byRequest = new Map<string, AnswerView[]>();
  for (const { requestId, ...answer } of rows) {
    const list = byRequest.get(requestId) ?? [];
    list.push(answer);
    byRequest.set(requestId, list);
  }
  return byRequest;
}

/**
 * The answers of a couple's requests (a list of ids, or a query of them), oldest first. The
 * couple's id may be a placeholder.
 */
export function answersQuery(db: Executor, coupleId: string | SQLWrapper, requestIds: string[] | SQLWrapper) {
  return db
    .select({
      requestId: forgivenessAnswerLog.requestId,
      answer: forgivenessAnswerLog.answer,
      note: forgivenessAnswerLog.note,
      answeredAt: forgivenessAnswerLog.answeredAt,
    })
    .from(forgivenessAnswerLog)
    .where(and(eq(forgivenessAnswerLog.coupleId, coupleId), inArray(forgivenessAnswerLog.requestId, requestIds)))
    .orderBy(asc(forgivenessAnswerLog.answeredAt), asc(forgivenessAnswerLog.id));
}

/** Answers of many requests in one query, grouped by request. */
async function answersFor(db: Executor, coupleId: string, requestIds: string[]) {
  if (requestIds.length === 0) return new Map<string, AnswerView[]>();
  return answersInOrder(await answersQuery(db, coupleId, requestIds));
}

export async function withAnswers(db: Executor, viewer: CoupleViewer, rows: ForgivenessRequest[]) {
  const answers = await answersFor(
    db,
    viewer.couple.id,
    rows.filter((row) => row.status !== "draft").map((row) => row.id),
  );
  return rows.map((row) => toView(row, answers.get(row.id) ?? [], viewer));
}
