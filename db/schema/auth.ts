import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Counters for sign-in and sign-up attempts, keyed "email:…" or "ip:…". Kept in the
// database so the limit holds across several app instances.
export const authAttempts = pgTable("auth_attempts", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull(),
});
