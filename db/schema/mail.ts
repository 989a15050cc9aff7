import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Single-use links sent by mail: finishing a sign-up, confirming a new address, resetting
 * a password. Only the SHA-256 of a token is kept, so a copy of the database opens nothing.
 * A sign-up is not an account until its link is used: its name and password hash wait here.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: text("purpose", { enum: ["sign_up", "change_email", "reset_password"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    pendingSignUp: jsonb("pending_sign_up").$type<{
      name: string;
      passwordHash: string;
      timeZone: string;
      next: string;
    }>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId).where(sql`${t.usedAt} is null`)],
);

export const DIGEST_PERIODS = ["immediately", "twice_daily", "daily"] as const;
export type DigestPeriod = (typeof DIGEST_PERIODS)[number];
export const NOTIFICATION_KINDS = ["waiting", "dates", "milestones"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A person's mail preferences. No row means no mail: notifications are off until turned on. */
export const notificationSettings = pgTable("notification_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  waiting: boolean("waiting").notNull().default(false),
  dates: boolean("dates").notNull().default(false),
  milestones: boolean("milestones").notNull().default(false),
  period: text("period", { enum: DIGEST_PERIODS }).notNull().default("twice_daily"),
  // Minutes after local midnight; start > end means the quiet hours cross midnight.
  quietStart: smallint("quiet_start")
    .notNull()
    .default(22 * 60),
  quietEnd: smallint("quiet_end")
    .notNull()
    .default(8 * 60),
  // Off: "You have an update" from a neutral sender. On: the app's name and the kinds, never the words.
  showDetails: boolean("show_details").notNull().default(false),
  // The last time this person had the app open: nothing older goes into a mail.
  seenThrough: timestamp("seen_through", { withTimezone: true }),
  lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
});

/** Something that happened for a person while they might be away; counted, never described, in a digest. */
export const notificationEvents = pgTable(
  "notification_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    // Where the mail's link leads once signed in; the mail itself shows only /n/<id>.
    linkPath: text("link_path").notNull().default("/dashboard"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    // The digest job that took it: a retry of that job sends the same things again, never others.
    digestJobId: text("digest_job_id"),
  },
  (t) => [index("notification_events_pending_idx").on(t.userId, t.createdAt).where(sql`${t.digestedAt} is null`)],
);
