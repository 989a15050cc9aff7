import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailTokens } from "@/db/schema";

type Purpose = (typeof emailTokens.$inferInsert)["purpose"];

export const TOKEN_LIFETIME_MS: Record<Purpose, number> = {
  sign_up: 24 * 60 * 60_000,
  change_email: 24 * 60 * 60_000,
  reset_password: 30 * 60_000,
};

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, base64url: the mail carries the token, the database only its hash. */
export async function issueEmailToken(
  db: Executor,
  fields: {
    purpose: Purpose;
    email: string;
    userId?: string;
    pendingSignUp?: (typeof emailTokens.$inferInsert)["pendingSignUp"];
  },
  now: Date,
) {
  const token = randomBytes(32).toString("base64url");
  await db.insert(emailTokens).values({
    ...fields,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[fields.purpose]),
  });
  return token;
}

/** Marks the token used and returns it, in one statement: of two racing uses only one wins. */
export async function consumeEmailToken(db: Executor, purposes: Purpose[], token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        inArray(emailTokens.purpose, purposes),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Reads a token without using it up (a page showing its button); the use itself is consumeEmailToken. */
export async function findUsableEmailToken(db: Executor, purposes: Purpose[], token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ purpose: emailTokens.purpose, email: emailTokens.email, pendingSignUp: emailTokens.pendingSignUp })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        inArray(emailTokens.purpose, purposes),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    );
  return row ?? null;
}
