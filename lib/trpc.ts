"use client";

import { createTRPCContext } from "@trpc/tanstack-react-query";
import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/root";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The field → message map the server sends with a BAD_REQUEST (or a rule tied to a field). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: Record<string, string> | null } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

/** A sentence a person can act on, whatever went wrong. */
export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; errorId?: string | null } | undefined;
    // The server's own words for an unexpected error carry only its id, to mention if it keeps happening.
    if (data?.code === "INTERNAL_SERVER_ERROR" && !data.errorId)
      return "Something went wrong on our side. Please try again.";
    return error.message;
  }
  return "We couldn't reach Kintsugi. Check your connection and try again.";
}
