import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Counters for sign-in and sign-up attempts, keyed "email:…" or "ip:…". Kept in the
// database so the limit holds across several app instances.
export const authAttempts = pgTable("auth_attempts", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull(),
});

/**
 * One row per sign-in; its id travels in the session's JWT, so one device can be signed
 * out on its own. A row counts only at its user's current session version: a password
 * change or "sign out everywhere" ends every one without touching them.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    // As the browser sent it (cut to 512 characters): only its browser and system are ever shown.
    userAgent: text("user_agent").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    // Written at most once an hour, so it says the day a device was last used, not its every move.
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);
