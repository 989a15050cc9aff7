/**
 * What a service throws when a rule says no. Plain (no tRPC inside services); the one
 * middleware in trpc.ts maps `code` to the tRPC error code of the same name.
 */
export type DomainErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the message belongs beside, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}
