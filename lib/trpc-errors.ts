/*
 * What a failed API call says, for any screen: no tRPC or TanStack code, so a page that only
 * shows errors (a toast, a dialog) doesn't download the client that makes the calls.
 */

type ErrorData = { code?: string; errorId?: string | null; fieldErrors?: Record<string, string> | null };

/** tRPC's client error, known by its name as tRPC's own check does across bundles. */
function trpcErrorData(error: unknown): ErrorData | null {
  if (!(error instanceof Error) || error.name !== "TRPCClientError") return null;
  return ((error as Error & { data?: ErrorData }).data ?? {}) as ErrorData;
}

/** The field → message map the server sends with a BAD_REQUEST (or a rule tied to a field). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return trpcErrorData(error)?.fieldErrors ?? {};
}

/** A sentence a person can act on, whatever went wrong. */
export function messageOf(error: unknown): string {
  const data = trpcErrorData(error);
  if (data) {
    // The server's own words for an unexpected error carry only its id, to mention if it keeps happening.
    if (data.code === "INTERNAL_SERVER_ERROR" && !data.errorId)
      return "Something went wrong on our side. Please try again.";
    return (error as Error).message;
  }
  return "We couldn't reach Kintsugi. Check your connection and try again.";
}
