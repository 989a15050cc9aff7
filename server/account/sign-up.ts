import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "../password";
import { attemptKeys, recordAttempt } from "../rate-limit";
import { DomainError } from "../errors";
import { enqueueJob } from "../jobs/queue";
import { sendMail } from "../mail/send";
import {
  addressAlreadyInUseMail,
  emailChangeConfirmationMail,
  signUpConfirmationMail,
  signUpWithExistingAddressMail,
} from "../mail/account-messages";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { byEmail } from "./by-email";
import type { SignUpInput } from "./schema";

export type PendingSignUp = { email: string; name: string; passwordHash: string; timeZone: string; next: string };

/**
 * A sign-up that tells a stranger nothing: the password is hashed and a job queued for
 * every address alike, and the answer is always "check your inbox". The worker decides
 * whether that inbox gets a confirmation link or a note to the account's owner.
 */
export async function requestSignUp(db: Database, input: SignUpInput & { next: string }, ip: string | null) {
  await recordAttempt(db, attemptKeys(input.email, ip));
  const pending: PendingSignUp = {
    email: input.email.trim(),
    name: input.name,
    passwordHash: await hashPassword(input.password),
    timeZone: input.timeZone ?? "UTC",
    next: input.next,
  };
  await enqueueJob(db, "sign_up_requested", pending);
}

export async function answerSignUpRequest(db: Executor, pending: PendingSignUp, now: Date) {
  const [existing] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(byEmail(pending.email))
    .limit(1);
  if (existing) {
    await sendMail(signUpWithExistingAddressMail(existing.email));
    return;
  }
  const { email, ...pendingSignUp } = pending;
  const token = await issueEmailToken(db, { purpose: "sign_up", email, pendingSignUp }, now);
  await sendMail(signUpConfirmationMail(email, token));
}

const EXPIRED = "This link has expired or was already used.";

/**
 * Uses a link from a confirmation mail: a sign-up becomes an account, or a new address
 * replaces the old. Returns the person to sign in and where they were going.
 */
export async function confirmEmailLink(db: Database, token: string, now: Date) {
  return db.transaction(async (tx) => {
    const row = await consumeEmailToken(tx, ["sign_up", "change_email"], token, now);
    if (!row) throw new DomainError("BAD_REQUEST", EXPIRED, "token");
    if (row.purpose === "sign_up" && row.pendingSignUp) {
      const { name, passwordHash, timeZone, next } = row.pendingSignUp;
      const [user] = await tx
        .insert(users)
        .values({ name, email: row.email, passwordHash, timeZone })
        .onConflictDoNothing()
        .returning();
      // Two links for one address (two sign-ups), or an account made meanwhile: the first one counts.
      if (!user) throw new DomainError("CONFLICT", "This address already has an account. Please sign in.", "token");
      return { user, next };
    }
    const [taken] = await tx.select({ id: users.id }).from(users).where(byEmail(row.email)).limit(1);
    if (taken) throw new DomainError("CONFLICT", "This address is already in use by another account.", "token");
    const [user] = await tx.update(users).set({ email: row.email }).where(eq(users.id, row.userId!)).returning();
    if (!user) throw new DomainError("BAD_REQUEST", EXPIRED, "token");
    return { user, next: "/settings" };
  });
}

/** The worker's half of an email change: a link for a free address, a note to the owner of a taken one. */
export async function sendEmailChangeLink(db: Executor, payload: { userId: string; newEmail: string }, now: Date) {
  const [taken] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(byEmail(payload.newEmail))
    .limit(1);
  if (taken) {
    if (taken.id !== payload.userId) await sendMail(addressAlreadyInUseMail(taken.email));
    return;
  }
  const token = await issueEmailToken(
    db,
    { purpose: "change_email", email: payload.newEmail, userId: payload.userId },
    now,
  );
  await sendMail(emailChangeConfirmationMail(payload.newEmail, token));
}
