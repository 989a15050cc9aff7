/*
 * What to say when a server action threw instead of answering. A refusal (a rule, a field's
 * message) comes back as a value and is shown as the server worded it; this is for the rest.
 */

/**
 * Next rejects an action that failed on the server with an error carrying a `digest` (the
 * id in the server's log) and no details; anything else never got an answer.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error && "digest" in error) return "Something went wrong on our side. Please try again.";
  return "We couldn't reach Kintsugi. Check your connection and try again.";
}
