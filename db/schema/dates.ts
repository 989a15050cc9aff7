import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { memories } from "./memories";
import { users } from "./users";
import {
  ideaCategories,
  ideaReactionValues,
  planStatuses,
  type IdeaCategory,
  type IdeaReaction,
  type PlanStatus,
} from "../vocabulary";

export { ideaCategories, ideaReactionValues, planStatuses };
export type { IdeaCategory, IdeaReaction, PlanStatus };

/** Ideas a partner added; the built-in catalogue lives in code (server/domain/date-ideas.ts). */
export const dateIdeas = pgTable(
  "date_ideas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    category: text("category", { enum: ideaCategories }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("date_ideas_couple_idx").on(t.coupleId, t.createdAt)],
);

/**
 * One reaction per partner per idea. `idea_id` is a catalogue id ("home-pancake-morning")
 * or a date_ideas uuid as text, so both kinds share one table and one match rule.
 */
export const ideaReactions = pgTable(
  "idea_reactions",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    ideaId: text("idea_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reaction: text("reaction", { enum: ideaReactionValues }).notNull(),
    reactedAt: timestamp("reacted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.ideaId, t.userId] }),
    index("idea_reactions_couple_user_idx").on(t.coupleId, t.userId),
    check("idea_reactions_reaction_check", sql`${t.reaction} in ('yes', 'maybe', 'no')`),
  ],
);

export const datePlans = pgTable(
  "date_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    // The zone the plan was made in: times are shown and exported in it.
    timeZone: text("time_zone").notNull(),
    place: text("place").notNull().default(""),
    notes: text("notes").notNull().default(""),
    status: text("status", { enum: planStatuses }).notNull().default("planned"),
    // Bumped by every change: an edit made against an older version is refused, never merged silently.
    version: integer("version").notNull().default(1),
    ideaId: text("idea_id"),
    memoryId: uuid("memory_id").references(() => memories.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    // A surprise hides everything but its day, rough time and hints from the partner until revealAt.
    isSurprise: boolean("is_surprise").notNull().default(false),
    revealAt: timestamp("reveal_at", { withTimezone: true }),
    hints: text("hints").array().notNull().default(sql`'{}'::text[]`),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("date_plans_couple_starts_idx").on(t.coupleId, t.startsAt, t.id),
    // Upcoming plans (the dashboard): planned ones that haven't ended, however long the history.
    index("date_plans_couple_upcoming_idx").on(t.coupleId, t.status, t.endsAt),
    index("date_plans_couple_memory_idx").on(t.coupleId, t.memoryId).where(sql`${t.memoryId} is not null`),
    check("date_plans_status_check", sql`${t.status} in ('planned', 'done', 'cancelled')`),
    check("date_plans_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("date_plans_surprise_reveal", sql`not ${t.isSurprise} or ${t.revealAt} is not null`),
  ],
);

/** After the date: one short reflection per partner, shown once both have written (or a week has passed). */
export const dateReflections = pgTable(
  "date_reflections",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => datePlans.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coupleId, t.planId, t.authorId] })],
);

export type DatePlan = typeof datePlans.$inferSelect;
export type DateIdea = typeof dateIdeas.$inferSelect;
