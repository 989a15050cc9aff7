import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor, Database } from "@/db/client";
import { emailTokens, users } from "@/db/schema";
import { hashPassword } from "../password";
import { recordAttempt, type AttemptLimit } from "../rate-limit";
import { DomainError } from "../errors";
import { enqueueJob } from "../jobs/queue";
import { sendMail } from "../mail/send";
import { passwordChangedMail, passwordResetMail } from "../mail/account-messages";
import { requireMail } from "../mail/require";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { byEmail } from "./by-email";

// A person asks again when a mail is slow; a storm from one place is someone else.
export const RESET_LIMITS: { perEmail: AttemptLimit; perIp: AttemptLimit } = {
  perEmail: { max: 3, windowMinutes: 60 },
  perIp: { max: Number(process.env.RESET_REQUESTS_PER_IP ?? 20), windowMinutes: 60 },
};

/**
 * OWASP's forgot-password rules: the answer is the same, and takes the same time, whether
 * or not the address has an account — the request only queues a job, and the worker looks
 * the address up. Limited per email and per IP in the database.
 */
export async function requestPasswordReset(db: Database, email: string, ip: string | null) {
  requireMail();
  const normalized = email.trim().toLowerCase();
  const checks = [{ key: `reset:email:${normalized}`, limit: RESET_LIMITS.perEmail }];
  if (ip) checks.push({ key: `reset:ip:${ip}`, limit: RESET_LIMITS.perIp });
  await db.transaction(async (tx) => {
    await recordAttempt(tx, checks);
    await enqueueJob(tx, "password_reset_requested", { email: normalized });
  });
}

/** The worker's half: a link for an account, nothing at all for an unknown address. */
export async function sendPasswordResetLink(db: Executor, email: string, now: Date) {
  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(byEmail(email)).limit(1);
  if (!user) return;
  const token = await issueEmailToken(db, { purpose: "reset_password", email: user.email, userId: user.id }, now);
  await sendMail(passwordResetMail(user.email, token));
}

const EXPIRED = "This link has expired or was already used. Ask for a new one.";

/**
 * Sets the new password and ends every session (the session version moves on); the
 * person then signs in themselves. Other reset links of theirs stop working, and a
 * notice goes to the address.
 */
export async function resetPassword(db: Database, input: { token: string; password: string }, now: Date) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const token = await consumeEmailToken(tx, ["reset_password"], input.token, now);
    if (!token?.userId) throw new DomainError("BAD_REQUEST", EXPIRED, "token");
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, token.userId));
    await tx
      .update(emailTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailTokens.userId, token.userId),
          eq(emailTokens.purpose, "reset_password"),
          isNull(emailTokens.usedAt),
        ),
      );
    await enqueueJob(tx, "account_notice", { userId: token.userId, notice: "password_reset" });
  });
}

export async function sendPasswordChangedNotice(db: Executor, userId: string) {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (user) await sendMail(passwordChangedMail(user.email));
}
