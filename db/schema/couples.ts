import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const couples = pgTable(
  "couples",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    status: text("status", { enum: ["active", "archived"] })
      .notNull()
      .default("active"),
    repairBeganOn: date("repair_began_on", { mode: "string" }).notNull(),
    // Set null, never cascade: deleting an account must not delete the partner's words.
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [check("couples_status_check", sql`${t.status} in ('active', 'archived')`)],
);

export const coupleMembers = pgTable(
  "couple_members",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    // Seat 1 created the space, seat 2 joined it: the primary key on (couple, seat)
    // is what makes "at most two members" a database rule, not an app check.
    seat: smallint("seat").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    active: boolean("active").notNull().default(true),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.seat] }),
    check("couple_members_seat_check", sql`${t.seat} in (1, 2)`),
    uniqueIndex("couple_members_couple_user_key").on(t.coupleId, t.userId),
    // A person belongs to at most one active couple.
    uniqueIndex("couple_members_one_active_per_user").on(t.userId).where(sql`${t.active}`),
  ],
);

export const coupleInvites = pgTable(
  "couple_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    // SHA-256 of the code: a leaked database does not leak working invites.
    codeHash: text("code_hash").notNull().unique(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    redeemedAt: timestamp("redeemed_at", { withTimezone: true }),
    redeemedBy: uuid("redeemed_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("couple_invites_couple_idx").on(t.coupleId, t.createdAt)],
);

export type Couple = typeof couples.$inferSelect;
export type CoupleInvite = typeof coupleInvites.$inferSelect;
