"use client";

import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@/server/root";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

// Here too, for the forms that call the API: a page that only shows errors imports them from trpc-errors.
export { fieldErrorsOf, messageOf } from "./trpc-errors";
