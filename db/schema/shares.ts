import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

/**
 * A read-only view of chosen sections for someone outside the couple (a counsellor). One
 * partner proposes it, the other accepts it; either may end it at any moment. Only the
 * SHA-256 of its link's token is kept, and only once it was accepted: before that there is
 * no link at all.
 */
export const counsellorShares = pgTable(
  "counsellor_shares",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    // Section keys (server/shares/sections.ts). Checked by the schema, not the database, so
    // a new section needs no migration.
    sections: text("sections").array().notNull(),
    lifetimeDays: integer("lifetime_days").notNull(),
    // Set null, never cascade: the other partner's record of what was shared stays.
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull(),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    tokenHash: text("token_hash").unique(),
    // Who made the current link, and when (the acceptance, or a replacement): the one who holds it.
    linkMadeBy: uuid("link_made_by").references(() => users.id, { onDelete: "set null" }),
    linkMadeAt: timestamp("link_made_at", { withTimezone: true }),
    endedBy: uuid("ended_by").references(() => users.id, { onDelete: "set null" }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("counsellor_shares_couple_idx").on(t.coupleId, t.proposedAt),
    // One proposal waiting at a time: a second would only be confusing to answer.
    uniqueIndex("counsellor_shares_one_open_proposal")
      .on(t.coupleId)
      .where(sql`${t.acceptedAt} is null and ${t.endedAt} is null`),
    check("counsellor_shares_lifetime_check", sql`${t.lifetimeDays} between 1 and 90`),
    check(
      "counsellor_shares_accepted_has_link",
      sql`(${t.acceptedAt} is null) = (${t.tokenHash} is null) and (${t.acceptedAt} is null) = (${t.expiresAt} is null)`,
    ),
  ],
);

/**
 * When a share's page was opened: the time only — no address, no browser, nothing else.
 * Both partners see this list; it is the only trace a visit leaves.
 */
export const counsellorShareVisits = pgTable(
  "counsellor_share_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shareId: uuid("share_id")
      .notNull()
      .references(() => counsellorShares.id, { onDelete: "cascade" }),
    visitedAt: timestamp("visited_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("counsellor_share_visits_share_idx").on(t.shareId, t.visitedAt)],
);

export type CounsellorShare = typeof counsellorShares.$inferSelect;
