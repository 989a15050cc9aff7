import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Database } from "@/db/client";
import { loadViewer, type CoupleViewer, type PartneredViewer, type Viewer } from "./viewer";
import { DomainError } from "./errors";
import { findUnsafeText } from "./domain/unsafe-text";
import { errorIdOf, internalErrorMessage } from "./internal-error";
import { isSameOriginRequest } from "./request";
import type { SessionClaims } from "./session-token";

export type { SessionClaims };

export type Context = {
  db: Database;
  session: SessionClaims | null;
  /** Request headers; null for in-process calls (server components, tests). */
  headers: Headers | null;
  /** The clock every rule reads, so tests can move time (surprise reveals, streaks). */
  now: () => Date;
  /** For server components: the request's viewer, already loaded (and cached) for its layout. */
  requestViewer?: () => Promise<Viewer | null>;
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live events travel over server-sent events: a ping keeps proxies from closing an idle
  // stream, and a client that hears nothing for 45 s (sleep, a network change) reconnects.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
  errorFormatter({ shape, error }) {
    // No answer carries a stack, and an unexpected error none of its message either (a
    // failed query's message holds its SQL and parameters): only an id the log knows it by.
    const { stack: _stack, ...data } = shape.data;
    if (error.code === "INTERNAL_SERVER_ERROR") {
      const errorId = errorIdOf(error);
      return { ...shape, message: internalErrorMessage(errorId), data: { ...data, errorId, fieldErrors: null } };
    }
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      data: {
        ...data,
        errorId: null,
        // Field → first message, so a form can show each error beside its field.
        fieldErrors: zodError
          ? firstMessagePerField(zodError)
          : error.cause instanceof DomainError && error.cause.field
            ? { [error.cause.field]: error.cause.message }
            : null,
      },
    };
  },
});

function firstMessagePerField(error: ZodError): Record<string, string> {
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
    if (
      [
        "ECONNREFUSED",
        "ECONNRESET",
        "EPIPE",
        "ETIMEDOUT",
        "CONNECTION_CLOSED",
        "CONNECTION_ENDED",
        "CONNECTION_DESTROYED",
        "CONNECT_TIMEOUT",
      ].includes(code)
    )
      return true;
    if (/^(57P0[1-3]|08...)$/.test(code)) return true;
  }
  return false;
}

/*
 * Each middleware costs every call a copy of tRPC's call options and context, so the
 * guards below are a few middlewares that do several checks each rather than one per check.
 */

/**
 * Browsers send Origin on cross-site requests: a mutation from another site's page is
 * refused (next-auth's CSRF token covers only its own routes).
 */
function refuseCrossSiteMutation(headers: Headers | null, type: string) {
  if (type === "mutation" && headers && !isSameOriginRequest(headers)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This request came from another site and was refused." });
  }
}

/** Text the database could not store is a BAD_REQUEST, not a 500: checked before any schema. */
function refuseUnstorableText(rawInput: unknown) {
  const field = findUnsafeText(rawInput);
  if (field) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${field}: remove the invisible control characters from this text.`,
    });
  }
}

/**
 * One guard for every procedure: the request checks above, then the rules services
 * enforce (DomainError) and a database outage mapped to tRPC codes, in one place.
 */
const requestGuards = t.middleware(async ({ ctx, type, getRawInput, next }) => {
  refuseCrossSiteMutation(ctx.headers, type);
  refuseUnstorableText(await getRawInput());
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

export const publicProcedure = t.procedure.use(requestGuards);

/** The signed-in person, checked against the database (a stale session is signed out). */
async function signedInViewer(ctx: Context): Promise<Viewer> {
  const { session } = ctx;
  const viewer = ctx.requestViewer
    ? await ctx.requestViewer()
    : session
      ? await loadViewer(
          ctx.db,
          session.userId,
          session.sessionVersion,
          session.sessionId ? { id: session.sessionId, now: ctx.now() } : undefined,
        )
      : null;
  if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
  return viewer;
}

function inCouple({ me, couple, partner }: Viewer): CoupleViewer {
  if (!couple) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Create your couple space or join your partner's first." });
  }
  return { me, couple, partner };
}

function withPartner({ me, couple, partner }: CoupleViewer): PartneredViewer {
  if (!partner) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your partner hasn't joined yet. Share your invite link first.",
    });
  }
  return { me, couple, partner };
}

export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { viewer: await signedInViewer(ctx) } }),
);

/** Signed in and a member of an active couple: every couple-scoped query starts here. */
export const coupleProcedure = publicProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { viewer: inCouple(await signedInViewer(ctx)) } }),
);

/** A couple procedure for things that need both partners (answering, agreeing, reacting). */
export const partneredProcedure = publicProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { viewer: withPartner(inCouple(await signedInViewer(ctx))) } }),
);
