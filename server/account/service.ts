import { eq, sql } from "drizzle-orm";
import type { Me } from "../viewer";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../password";
import { attemptKeys, recordAttempt } from "../rate-limit";
import { DomainError } from "../errors";
import type { ChangePasswordInput, SignInInput, SignUpInput } from "./schema";
import { byEmail } from "./by-email";

export async function signUp(db: Executor, input: SignUpInput, ip: string | null) {
  await recordAttempt(db, attemptKeys(input.email, ip));
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, timeZone: input.timeZone ?? "UTC" })
    .onConflictDoNothing()
    .returning({ id: users.id, name: users.name, email: users.email });
  // The unique index on lower(email) decides, so two sign-ups racing for one email can't both win.
  if (!user) throw new DomainError("CONFLICT", "An account with this email already exists. Try signing in.", "email");
  return user;
}

/** The account for these credentials, or null; the same answer and timing whether or not the email exists. */
export async function authenticate(db: Executor, input: SignInInput, ip: string | null) {
  await recordAttempt(db, attemptKeys(input.email, ip));
  const [user] = await db.select().from(users).where(byEmail(input.email)).limit(1);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  return user && matches ? user : null;
}

export async function updateProfile(db: Executor, userId: string, input: { name: string; timeZone: string }) {
  await db.update(users).set(input).where(eq(users.id, userId));
}

/**
 * Changes the password after checking the current one, and ends every other session:
 * the session version moves on, so JWTs issued before stop working.
 */
export async function changePassword(db: Executor, me: Me, input: ChangePasswordInput) {
  await recordAttempt(db, attemptKeys(me.email, null));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("BAD_REQUEST", "That isn't your current password.", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, me.id));
}

/** Signs this person out on every device, this one included. */
export async function signOutEverywhere(db: Executor, me: Me) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, me.id));
}
