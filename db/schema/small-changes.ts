import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

/** A personal habit one partner takes on for themself: no agreement needed, checked off daily. */
export const smallChanges = pgTable(
  "small_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    // The owner's local day it began.
    startedOn: date("started_on", { mode: "string" }).notNull(),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("small_changes_couple_idx").on(t.coupleId, t.createdAt)],
);

export const smallChangeCheckOffs = pgTable(
  "small_change_check_offs",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    smallChangeId: uuid("small_change_id")
      .notNull()
      .references(() => smallChanges.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("small_change_check_offs_day_key").on(t.coupleId, t.smallChangeId, t.day)],
);

export const smallChangeEncouragements = pgTable(
  "small_change_encouragements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    smallChangeId: uuid("small_change_id")
      .notNull()
      .references(() => smallChanges.id, { onDelete: "cascade" }),
    fromUserId: uuid("from_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("small_change_encouragements_idx").on(t.coupleId, t.smallChangeId, t.createdAt)],
);

export type SmallChange = typeof smallChanges.$inferSelect;
