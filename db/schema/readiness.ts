import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

export const readinessStates = ["open_to_talk", "need_space", "need_to_vent"] as const;
export type ReadinessState = (typeof readinessStates)[number];

/**
 * Each partner's current talk readiness in their couple: one row per person, replaced on
 * every change (only "now" matters, and keeping a history of moods would invite scoring).
 */
export const talkReadiness = pgTable(
  "talk_readiness",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    state: text("state", { enum: readinessStates }).notNull(),
    note: text("note"),
    setAt: timestamp("set_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.userId] }),
    check("talk_readiness_state_check", sql`${t.state} in ('open_to_talk', 'need_space', 'need_to_vent')`),
  ],
);

export type TalkReadiness = typeof talkReadiness.$inferSelect;
