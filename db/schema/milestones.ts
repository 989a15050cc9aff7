import { date, index, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { couples } from "./couples";
import { users } from "./users";

export const milestoneKinds = [
  "began",
  "manual",
  "forgiveness",
  "second_chance",
  "date_kept",
  "streak",
  "phase",
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: milestoneKinds }).notNull(),
    title: text("title").notNull(),
    note: text("note"),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    // The record that caused an automatic milestone, so it is recorded once.
    sourceId: uuid("source_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("milestones_couple_timeline_idx").on(t.coupleId, t.occurredOn.desc(), t.id.desc()),
    uniqueIndex("milestones_source_key").on(t.coupleId, t.kind, t.sourceId).where(sql`${t.sourceId} is not null`),
  ],
);

export type Milestone = typeof milestones.$inferSelect;
