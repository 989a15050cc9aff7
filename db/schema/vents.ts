import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

/**
 * What one partner wrote to let the hurt out. The other can only acknowledge it: there
 * is deliberately no reply column anywhere, so there is nothing to answer back with.
 */
export const vents = pgTable(
  "vents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    // An acknowledgement is an act the partner chose ("I read this and I hear you"), not a read receipt.
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("vents_not_self_acknowledged", sql`${t.acknowledgedBy} is null or ${t.acknowledgedBy} <> ${t.authorId}`),
    // The vents page, newest first, paged by (created_at, id).
    index("vents_couple_created_idx").on(t.coupleId, t.createdAt.desc(), t.id.desc()),
    // The dashboard's "not yet acknowledged" lists.
    index("vents_couple_unacknowledged_idx").on(t.coupleId, t.createdAt).where(sql`${t.acknowledgedAt} is null`),
  ],
);

export type Vent = typeof vents.$inferSelect;
