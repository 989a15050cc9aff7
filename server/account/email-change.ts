import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { Me } from "../viewer";
import { verifyPassword } from "../password";
import { attemptKeys, recordAttempt } from "../rate-limit";
import { DomainError } from "../errors";
import { enqueueJob } from "../jobs/queue";
import { mailEnabled } from "../mail/config";
import { sendMail } from "../mail/send";
import { emailChangeRequestedMail } from "../mail/account-messages";
import { byEmail } from "./by-email";
import type { ChangeEmailInput } from "./schema";

/**
 * A new address counts once its owner confirms it; until then the old one stays in force
 * and is told of the request. Without mail on this server there is no one to confirm,
 * so the change applies at once, after the password check, as sign-up does.
 */
export async function requestEmailChange(db: Database, me: Me, input: ChangeEmailInput) {
  await recordAttempt(db, attemptKeys(me.email, null));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
    throw new DomainError("BAD_REQUEST", "That isn't your current password.", "password");
  }
  const newEmail = input.newEmail.trim();
  if (newEmail.toLowerCase() === me.email.toLowerCase()) {
    throw new DomainError("BAD_REQUEST", "That's already your address.", "newEmail");
  }
  if (!mailEnabled()) {
    const [taken] = await db.select({ id: users.id }).from(users).where(byEmail(newEmail)).limit(1);
    if (taken) throw new DomainError("CONFLICT", "This address is already in use by another account.", "newEmail");
    await db.update(users).set({ email: newEmail }).where(eq(users.id, me.id));
    return { status: "changed" as const };
  }
  await db.transaction(async (tx) => {
    await enqueueJob(tx, "email_change_requested", { userId: me.id, newEmail });
    await enqueueJob(tx, "account_notice", { userId: me.id, notice: "email_change_requested", newEmail });
  });
  return { status: "confirm-new-address" as const };
}

export async function sendEmailChangeNotice(db: Executor, userId: string, newEmail: string) {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (user) await sendMail(emailChangeRequestedMail(user.email, newEmail));
}
