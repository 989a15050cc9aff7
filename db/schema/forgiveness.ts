import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { STILL_OPEN } from "./forgiveness-status";
import { users } from "./users";

export const forgivenessKinds = ["forgiveness", "second_chance"] as const;
export type ForgivenessKind = (typeof forgivenessKinds)[number];

/**
 * draft: the author's alone, never sent to the partner. open: sent, not answered yet.
 * more_time / not_ready: answered, and may be answered again later. forgiven: final.
 * withdrawn: the author took back a request that was not yet forgiven.
 */
export const forgivenessStatuses = ["draft", "open", "more_time", "not_ready", "forgiven", "withdrawn"] as const;
export type ForgivenessStatus = (typeof forgivenessStatuses)[number];

export const forgivenessAnswers = ["forgive", "more_time", "not_ready"] as const;
export type ForgivenessAnswer = (typeof forgivenessAnswers)[number];

export { STILL_OPEN };

/**
 * The statuses a still-open request may be in, as SQL: the predicate of the two partial indexes
 * below. Written into a query as literals, never as parameters: a prepared statement's generic
 * plan can't prove parameters match the predicate, so it couldn't use the indexes.
 */
export const stillOpenSql = sql.raw(STILL_OPEN.map((status) => `'${status}'`).join(", "));

export const forgivenessRequests = pgTable(
  "forgiveness_requests",
  {
    // Chosen by the composer, so the first autosave and every later one write the same row.
    id: uuid("id").primaryKey(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Set when the request is sent: a draft has no reader. Set null, never cascade: the
    // author's words stay in their archive when the person they wrote to deletes their account.
    recipientId: uuid("recipient_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: forgivenessKinds }).notNull(),
    status: text("status", { enum: forgivenessStatuses }).notNull().default("draft"),
    // A forgiveness request's three parts, in the order that research found matters most.
    whatIDid: text("what_i_did").notNull().default(""),
    howItHurt: text("how_it_hurt").notNull().default(""),
    whatIAmDoing: text("what_i_am_doing").notNull().default(""),
    // A second-chance request's ask, in place of promises.
    ask: text("ask").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    check("forgiveness_requests_kind_check", sql`${t.kind} in ('forgiveness', 'second_chance')`),
    check(
      "forgiveness_requests_status_check",
      sql`${t.status} in ('draft', 'open', 'more_time', 'not_ready', 'forgiven', 'withdrawn')`,
    ),
    // A sent request keeps its recipient unless that account was deleted (then recipient_id is null).
    check("forgiveness_requests_sent_check", sql`${t.status} = 'draft' or ${t.sentAt} is not null`),
    // Drafts and open requests (overview).
    index("forgiveness_requests_couple_status_idx").on(t.coupleId, t.status, t.sentAt),
    // The dashboard's "asked of me" and "I asked": a person's still-open requests, newest first
    // (`order by sent_at desc, id desc`), read in index order so the first ten are found
    // without sorting all of them.
    index("forgiveness_requests_open_recipient_idx")
      .on(t.coupleId, t.recipientId, t.sentAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in (${stillOpenSql})`),
    index("forgiveness_requests_open_author_idx")
      .on(t.coupleId, t.authorId, t.sentAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in (${stillOpenSql})`),
    // History, newest first, paged by (closed_at, id).
    index("forgiveness_requests_couple_closed_idx").on(t.coupleId, t.closedAt.desc(), t.id.desc()),
  ],
);

/** Every answer given, in order: "I need more time" can later be followed by "I forgive you". */
export const forgivenessAnswerLog = pgTable(
  "forgiveness_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => forgivenessRequests.id, { onDelete: "cascade" }),
    answeredBy: uuid("answered_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    answer: text("answer", { enum: forgivenessAnswers }).notNull(),
    note: text("note"),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("forgiveness_answers_answer_check", sql`${t.answer} in ('forgive', 'more_time', 'not_ready')`),
    index("forgiveness_answers_couple_request_idx").on(t.coupleId, t.requestId, t.answeredAt),
  ],
);

export type ForgivenessRequest = typeof forgivenessRequests.$inferSelect;
