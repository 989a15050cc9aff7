import { customType, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { couples } from "./couples";
import { users } from "./users";

/** postgres.js hands bytea back as a Buffer and accepts one. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const memories = pgTable(
  "memories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    happenedOn: date("happened_on", { mode: "string" }).notNull(),
    place: text("place").notNull().default(""),
    story: text("story").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("memories_couple_album_idx").on(t.coupleId, t.happenedOn.desc(), t.id.desc())],
);

/**
 * A memory's photo, kept apart from the memory so lists never load the bytes. The type
 * is the one found in the file's first bytes, never the one the browser claimed.
 */
export const memoryPhotos = pgTable(
  "memory_photos",
  {
    coupleId: uuid("couple_id")
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    memoryId: uuid("memory_id")
      .notNull()
      .references(() => memories.id, { onDelete: "cascade" }),
    contentType: text("content_type", { enum: ["image/jpeg", "image/png", "image/webp"] }).notNull(),
    byteSize: integer("byte_size").notNull(),
    bytes: bytea("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coupleId, t.memoryId] })],
);

export type Memory = typeof memories.$inferSelect;
