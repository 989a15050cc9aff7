import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Cadence } from "../vocabulary";
import { couples } from "./couples";
import { users } from "./users";

export const responsibilityStatuses = ["proposed", "agreed", "paused", "declined", "retired"] as const;
export type ResponsibilityStatus = (typeof responsibilityStatuses)[number];

/** A change to an agreed responsibility that one partner asks for and the other confirms. */
export const responsibilityChangeKinds = ["pause", "resume", "retire"] as const;
export type ResponsibilityChangeKind = (typeof responsibilityChangeKinds)[number];

/** The terms both partners agree to; a suggested change replaces them and keeps the old ones here. */
export type ResponsibilityTerms = { title: string; details: string; ownerId: string; cadence: Cadence };

export const responsibilities = pgTable(
  "responsibilities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cadence: jsonb("cadence").$type<Cadence>().notNull(),
    status: text("status", { enum: responsibilityStatuses }).notNull().default("proposed"),
    // Who wrote the current terms (the first proposal or the latest suggested change):
    // only the other partner may agree to them. Set null, never cascade: a responsibility the
    // partner owns stays in their archive when its proposer deletes their account.
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    // The terms before the latest suggested change, so the proposer sees what changed.
    previousTerms: jsonb("previous_terms").$type<ResponsibilityTerms>(),
    changeNote: text("change_note"),
    agreedAt: timestamp("agreed_at", { withTimezone: true }),
    // The owner's local day the responsibility began to count (agreement, or resumption).
    startedOn: date("started_on", { mode: "string" }),
    pendingChange: text("pending_change", { enum: responsibilityChangeKinds }),
    pendingChangeBy: uuid("pending_change_by").references(() => users.id, { onDelete: "set null" }),
    pendingChangeAt: timestamp("pending_change_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("responsibilities_couple_idx").on(t.coupleId, t.status, t.createdAt),
    check("responsibilities_status_check", sql`${t.status} in ('proposed', 'agreed', 'paused', 'declined', 'retired')`),
  ],
);

export const responsibilityCheckOffs = pgTable(
  "responsibility_check_offs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    responsibilityId: uuid("responsibility_id")
      .notNull()
      .references(() => responsibilities.id, { onDelete: "cascade" }),
    // The owner's local calendar day that was kept.
    day: date("day", { mode: "string" }).notNull(),
    checkedBy: uuid("checked_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // "I noticed — thank you": an act by the partner, never a read receipt.
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("responsibility_check_offs_day_key").on(t.coupleId, t.responsibilityId, t.day)],
);

export type Responsibility = typeof responsibilities.$inferSelect;
export type ResponsibilityCheckOff = typeof responsibilityCheckOffs.$inferSelect;
