import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authAttempts } from "@/db/schema";
import { DomainError } from "./errors";
import { countOf } from "@/lib/plural";

export type AttemptLimit = { max: number; windowMinutes: number };

// Per IP is looser than per email: several people can share one address (a home, an
// office). The end-to-end suite, all from 127.0.0.1, raises it through the environment.
export const SIGN_IN_LIMITS = {
  perEmail: { max: 10, windowMinutes: 15 },
  perIp: { max: Number(process.env.AUTH_ATTEMPTS_PER_IP ?? 100), windowMinutes: 15 },
};

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterMinutes: number) {
    super("TOO_MANY_REQUESTS", `Too many attempts. Please try again in ${countOf(retryAfterMinutes, "minute")}.`);
  }
}

/**
 * Counts one attempt against each key in a fixed window, atomically (one upsert per
 * key), and throws when any key is over its limit.
 */
export async function recordAttempt(db: Executor, checks: { key: string; limit: AttemptLimit }[], now = new Date()) {
  let retryAfterMinutes = 0;
  for (const { key, limit } of checks) {
    // Raw SQL parameters bypass Drizzle's column mapping: pass instants as ISO text.
    const windowStart = new Date(now.getTime() - limit.windowMinutes * 60_000).toISOString();
    const startedNow = now.toISOString();
    const [row] = await db
      .insert(authAttempts)
      .values({ key, windowStartedAt: now, attempts: 1 })
      .onConflictDoUpdate({
        target: authAttempts.key,
        set: {
          attempts: sql`case when ${authAttempts.windowStartedAt} <= ${windowStart}::timestamptz then 1 else ${authAttempts.attempts} + 1 end`,
          windowStartedAt: sql`case when ${authAttempts.windowStartedAt} <= ${windowStart}::timestamptz then ${startedNow}::timestamptz else ${authAttempts.windowStartedAt} end`,
        },
      })
      .returning();
    if (row && row.attempts > limit.max) {
      const reopensAt = row.windowStartedAt.getTime() + limit.windowMinutes * 60_000;
      retryAfterMinutes = Math.max(retryAfterMinutes, Math.ceil((reopensAt - now.getTime()) / 60_000));
    }
  }
  if (retryAfterMinutes > 0) throw new TooManyAttemptsError(retryAfterMinutes);
}

/**
 * The part of an address one client controls: all of an IPv4 address, the /64 network of
 * an IPv6 one (a single home or phone is handed a whole /64, and could otherwise take a
 * fresh address for every attempt).
 */
export function addressKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.toLowerCase().split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function attemptKeys(email: string, ip: string | null) {
  const checks = [{ key: `email:${email.trim().toLowerCase()}`, limit: SIGN_IN_LIMITS.perEmail }];
  if (ip) checks.push({ key: `ip:${addressKey(ip)}`, limit: SIGN_IN_LIMITS.perIp });
  return checks;
}
