import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Database } from "@/db/client";
import { loadViewer, type CoupleViewer, type PartneredViewer } from "./viewer";
import { DomainError } from "./errors";
import { findUnsafeText } from "./domain/unsafe-text";

export type SessionClaims = { userId: string; sessionVersion: number };

export type Context = {
  db: Database;
  session: SessionClaims | null;
  /** Request headers; null for in-process calls (server components, tests). */
  headers: Headers | null;
  /** The clock every rule reads, so tests can move time (surprise reveals, streaks). */
  now: () => Date;
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live events travel over server-sent events: a ping keeps proxies from closing an idle
  // stream, and a client that hears nothing for 45 s (sleep, a network change) reconnects.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field → first message, so a form can show each error beside its field.
        fieldErrors: zodError
          ? fieldErrorsOf(zodError)
          : error.cause instanceof DomainError && error.cause.field
            ? { [error.cause.field]: error.cause.message }
            : null,
      },
    };
  },
});

function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  return fields;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The database is down or restarting: connection errors, or the server shutting sessions down (SQLSTATE 57P0x, 08xxx). */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const { code } = cause as { code?: unknown };
    if (typeof code !== "string") continue;
    if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"].includes(code)) return true;
    if (/^(57P0[1-3]|08...)$/.test(code)) return true;
  }
  return false;
}

/** Maps the rules services enforce (DomainError), and a database outage, to tRPC codes, in one place. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? null : result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (!result.ok && isDatabaseUnavailable(result.error)) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "Kintsugi can't reach its database for a moment. Nothing was changed: please try again shortly.",
      cause: result.error,
    });
  }
  return result;
});

/**
 * Browsers send Origin on cross-site requests: a mutation from another site's page is
 * refused (next-auth's CSRF token covers only its own routes).
 */
const sameOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && ctx.headers) {
    const origin = ctx.headers.get("origin");
    const host = ctx.headers.get("x-forwarded-host") ?? ctx.headers.get("host");
    if (!origin || !host || new URL(origin).host !== host) {
      throw new TRPCError({ code: "FORBIDDEN", message: "This request came from another site and was refused." });
    }
  }
  return next();
});

/** One guard for every procedure, before any schema: text the database could not store is a BAD_REQUEST, not a 500. */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  const field = findUnsafeText(await getRawInput());
  if (field) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${field}: remove the invisible control characters from this text.`,
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(sameOriginMutations).use(storableText);

export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const viewer = ctx.session ? await loadViewer(ctx.db, ctx.session.userId, ctx.session.sessionVersion) : null;
  if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
  return next({ ctx: { viewer } });
});

/** Signed in and a member of an active couple: every couple-scoped query starts here. */
export const coupleProcedure = protectedProcedure.use(({ ctx, next }) => {
  const { me, couple, partner } = ctx.viewer;
  if (!couple) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Create your couple space or join your partner's first." });
  }
  const viewer: CoupleViewer = { me, couple, partner };
  return next({ ctx: { viewer } });
});

/** A couple procedure for things that need both partners (answering, agreeing, reacting). */
export const partneredProcedure = coupleProcedure.use(({ ctx, next }) => {
  const { me, couple, partner } = ctx.viewer;
  if (!partner) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your partner hasn't joined yet. Share your invite link first." });
  }
  const viewer: PartneredViewer = { me, couple, partner };
  return next({ ctx: { viewer } });
});
