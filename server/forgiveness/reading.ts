import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { forgivenessRequests, type ForgivenessStatus, STILL_OPEN } from "@/db/schema";
import { DomainError } from "../errors";
import type { CoupleViewer } from "../viewer";
import type { HistoryInput } from "./schema";
import { NOT_FOUND_MESSAGE, visibleTo, withAnswers } from "./request-view";

const CLOSED = ["forgiven", "withdrawn"] as const satisfies readonly ForgivenessStatus[];

/** Drafts, what I asked and what was asked of me: everything not yet settled. */
export async function loadOverview(db: Executor, viewer: CoupleViewer) {
  const rows = await db
    .select()
    .from(forgivenessRequests)
    .where(
      and(
        eq(forgivenessRequests.coupleId, viewer.couple.id),
        or(
          and(
            eq(forgivenessRequests.authorId, viewer.me.id),
            inArray(forgivenessRequests.status, ["draft", ...STILL_OPEN]),
          ),
          and(eq(forgivenessRequests.recipientId, viewer.me.id), inArray(forgivenessRequests.status, [...STILL_OPEN])),
        ),
      ),
    )
    .orderBy(desc(forgivenessRequests.updatedAt), desc(forgivenessRequests.id));
  const views = await withAnswers(db, viewer, rows);
  return {
    askedOfMe: views.filter((view) => view.side === "theirs"),
    iAsked: views.filter((view) => view.side === "mine" && view.status !== "draft"),
    drafts: views.filter((view) => view.status === "draft"),
  };
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
