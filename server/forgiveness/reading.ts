import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { preparedQuery, type Executor } from "@/db/client";
import { forgivenessRequests, stillOpenSql, type ForgivenessStatus } from "@/db/schema";
import { DomainError } from "../errors";
import type { CoupleViewer } from "../viewer";
import type { HistoryInput } from "./schema";
import {
  answersInOrder,
  answersQuery,
  NOT_FOUND_MESSAGE,
  toView,
  visibleTo,
  withAnswers,
  type AnswerView,
} from "./request-view";

const CLOSED = ["forgiven", "withdrawn"] as const satisfies readonly ForgivenessStatus[];

/** One side of the caller's still-open requests: asked of me, or asked by me. */
export type OpenSide = "askedOfMe" | "iAsked";

/** Still-open requests on one side of the caller, with `coupleId` and `meId` placeholders. */
function stillOpenOn(side: OpenSide) {
  const person = side === "askedOfMe" ? forgivenessRequests.recipientId : forgivenessRequests.authorId;
  return and(
    eq(forgivenessRequests.coupleId, sql.placeholder("coupleId")),
    eq(person, sql.placeholder("meId")),
    sql`${forgivenessRequests.status} in (${stillOpenSql})`,
  );
}

/** Newest sent first: the order of each side's partial index, so the newest are found without sorting them all. */
const newestSentFirst = [desc(forgivenessRequests.sentAt), desc(forgivenessRequests.id)];

/**
 * A side's still-open requests, newest sent first, the `limit` newest (a placeholder, null
 * for all). Exported so a test can check that each side reads its own partial index.
 */
export function openRequestsQuery(db: Executor, side: OpenSide) {
  return db
    .select()
    .from(forgivenessRequests)
    .where(stillOpenOn(side))
    .orderBy(...newestSentFirst)
    .limit(sql.placeholder("limit"));
}

function openSide(side: OpenSide) {
  return {
    requests: preparedQuery((db) => openRequestsQuery(db, side).prepare(`open_forgiveness_${side}`)),
    // The answers of those same requests, asked for at once rather than after them.
    answers: preparedQuery((db) =>
      answersQuery(
        db,
        sql.placeholder("coupleId"),
        db
          .select({ id: forgivenessRequests.id })
          .from(forgivenessRequests)
          .where(stillOpenOn(side))
          .orderBy(...newestSentFirst)
          .limit(sql.placeholder("limit")),
      ).prepare(`open_forgiveness_${side}_answers`),
    ),
  };
}

const openSides = { askedOfMe: openSide("askedOfMe"), iAsked: openSide("iAsked") };

/**
 * The caller's still-open requests on one side, newest sent first, with their answers: the
 * forgiveness page's two lists, and the dashboard's (its newest `limit`).
 */
export async function openRequests(db: Executor, viewer: CoupleViewer, side: OpenSide, limit: number | null = null) {
  const values = { coupleId: viewer.couple.id, meId: viewer.me.id, limit };
  const [rows, answers] = await Promise.all([
    openSides[side].requests(db).execute(values),
    openSides[side].answers(db).execute(values),
  ]);
  const byRequest = answersInOrder(answers);
  return rows.map((row) => toView(row, byRequest.get(row.id) ?? [], viewer));
}

const draftsOf = preparedQuery((db) =>
  db
    .select()
    .from(forgivenessRequests)
    .where(
      and(
        eq(forgivenessRequests.coupleId, sql.placeholder("coupleId")),
        eq(forgivenessRequests.authorId, sql.placeholder("meId")),
        eq(forgivenessRequests.status, "draft"),
      ),
    )
    .orderBy(desc(forgivenessRequests.updatedAt), desc(forgivenessRequests.id))
    .prepare("forgiveness_drafts"),
);

/** Drafts, what I asked and what was asked of me: everything not yet settled. */
export async function loadOverview(db: Executor, viewer: CoupleViewer) {
  const [askedOfMe, iAsked, drafts] = await Promise.all([
    openRequests(db, viewer, "askedOfMe"),
    openRequests(db, viewer, "iAsked"),
    draftsOf(db).execute({ coupleId: viewer.couple.id, meId: viewer.me.id }),
  ]);
  // A draft has no answers.
  const none: AnswerView[] = [];
  return { askedOfMe, iAsked, drafts: drafts.map((row) => toView(row, none, viewer)) };
}

/** Forgiven and withdrawn requests of both partners, newest first, a page at a time. */
export async function loadHistory(db: Executor, viewer: CoupleViewer, input: HistoryInput) {
  const cursor = input.cursor;
  const rows = await db
    .select()
    .from(forgivenessRequests)
    .where(
      and(
        visibleTo(viewer),
        inArray(forgivenessRequests.status, [...CLOSED]),
        cursor
          ? or(
              lt(forgivenessRequests.closedAt, cursor.closedAt),
              and(eq(forgivenessRequests.closedAt, cursor.closedAt), lt(forgivenessRequests.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(forgivenessRequests.closedAt), desc(forgivenessRequests.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: await withAnswers(db, viewer, page),
    nextCursor: rows.length > input.limit && last?.closedAt ? { closedAt: last.closedAt, id: last.id } : null,
  };
}

/** One request, if this caller may see it. */
export async function loadRequest(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select()
    .from(forgivenessRequests)
    .where(and(eq(forgivenessRequests.id, id), visibleTo(viewer)));
  if (!row) throw new DomainError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const [view] = await withAnswers(db, viewer, [row]);
  return view!;
}
