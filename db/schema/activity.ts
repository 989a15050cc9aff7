import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

/**
 * One row per thing a partner did in the couple space (every live event the couple
 * hears), so each person can count what changed since they last looked. Like the
 * events themselves it holds no content: a topic, who acted, and when.
 */
export const activityEvents = pgTable(
  "activity_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topic: text("topic").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("activity_events_couple_time_idx").on(t.coupleId, t.occurredAt)],
);

/**
 * When a person last looked at their couple space. Private to that person: no procedure
 * ever returns the partner's row, so looking never becomes a read receipt.
 */
export const activitySeen = pgTable(
  "activity_seen",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.coupleId, t.userId] })],
);
