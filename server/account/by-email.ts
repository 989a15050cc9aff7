import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";

/** Addresses match whatever their case, as the unique index on lower(email) does. */
export function byEmail(email: string) {
  return eq(sql`lower(${users.email})`, email.trim().toLowerCase());
}
