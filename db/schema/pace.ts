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
} from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

export const phases = ["atone", "attune", "attach"] as const;
export type Phase = (typeof phases)[number];

/**
 * Where a couple is in its recovery, and a step forward one partner has offered. No row
 * means the beginning (atone). Moving forward takes both: the proposal waits here, with no
 * deadline, until the other accepts; either partner can step back alone at any time.
 */
export const couplePace = pgTable(
  "couple_pace",
  {
    coupleId: uuid("couple_id")
      .primaryKey()
      .references(() => couples.id, { onDelete: "cascade" }),
    phase: text("phase", { enum: phases }).notNull(),
    // Null while the couple is still where it began.
    changedAt: timestamp("changed_at", { withTimezone: true }),
    // So the screen can say a step back is a change of pace, not a failure.
    lastChange: text("last_change", { enum: ["forward", "back"] }),
    proposedPhase: text("proposed_phase", { enum: phases }),
    proposedBy: uuid("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedAt: timestamp("proposed_at", { withTimezone: true }),
  },
  (t) => [
    check("couple_pace_phase_check", sql`${t.phase} in ('atone', 'attune', 'attach')`),
    check("couple_pace_last_change_check", sql`${t.lastChange} is null or ${t.lastChange} in ('forward', 'back')`),
    check(
      "couple_pace_proposed_phase_check",
      sql`${t.proposedPhase} is null or ${t.proposedPhase} in ('attune', 'attach')`,
    ),
  ],
);

/**
 * One person's daily reading of safety, trust and connection. Private to its author: what the
 * partner may see is decided by the author's sharing choice at the moment the partner looks.
 */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    safety: smallint("safety").notNull(),
    trust: smallint("trust").notNull(),
    connection: smallint("connection").notNull(),
    // Never shown to the partner, in any view or export of theirs.
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("check_ins_safety_range", sql`${t.safety} between 0 and 10`),
    check("check_ins_trust_range", sql`${t.trust} between 0 and 10`),
    check("check_ins_connection_range", sql`${t.connection} between 0 and 10`),
    // One reading a day, and the chart's range read along the index.
    uniqueIndex("check_ins_person_day_key").on(t.coupleId, t.userId, t.day),
  ],
);

export const checkInSharingLevels = ["nothing", "direction", "numbers"] as const;
export type CheckInSharing = (typeof checkInSharingLevels)[number];

/** What each person lets their partner see of their check-ins. No row means nothing. */
export const checkInSharing = pgTable(
  "check_in_sharing",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    level: text("level", { enum: checkInSharingLevels }).notNull(),
    setAt: timestamp("set_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.userId] }),
    check("check_in_sharing_level_check", sql`${t.level} in ('nothing', 'direction', 'numbers')`),
  ],
);

/**
 * Something one partner chose to tell the other (a contact, a slip, something remembered).
 * Like a vent, the other can only acknowledge it; nothing here asks anyone to disclose.
 */
export const disclosures = pgTable(
  "disclosures",
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
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check(
      "disclosures_not_self_acknowledged",
      sql`${t.acknowledgedBy} is null or ${t.acknowledgedBy} <> ${t.authorId}`,
    ),
    index("disclosures_couple_created_idx").on(t.coupleId, t.createdAt.desc(), t.id.desc()),
    index("disclosures_couple_unacknowledged_idx").on(t.coupleId, t.createdAt).where(sql`${t.acknowledgedAt} is null`),
  ],
);

export type CheckIn = typeof checkIns.$inferSelect;
export type Disclosure = typeof disclosures.$inferSelect;
