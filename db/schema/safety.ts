import { check, index, integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./users";

/**
 * A safety check its person chose to keep. Nothing is stored unless they ask: the check is
 * scored in their browser. Deliberately no couple_id: no couple-scoped query, view, export
 * or event of the partner's can ever reach it. It goes with the person's account.
 */
export const keptSafetyChecks = pgTable(
  "kept_safety_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // HITS answers, 1 (never) to 5 (frequently), in the instrument's order.
    answers: jsonb("answers").$type<{ hurt: number; insult: number; threaten: number; scream: number }>().notNull(),
    score: integer("score").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("kept_safety_checks_user_idx").on(t.userId, t.takenAt),
    check("kept_safety_checks_score_check", sql`${t.score} between 4 and 20`),
  ],
);
