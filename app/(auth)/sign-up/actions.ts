"use server";

import type { inferRouterInputs } from "@trpc/server";
import { callApi } from "@/app/_components/actions/call-api";
import type { AppRouter } from "@/server/root";

/** "check-inbox" whoever owns the address (with mail), or "signed-up" for the browser to sign in (without). */
export async function signUp(input: inferRouterInputs<AppRouter>["account"]["signUp"]) {
  return callApi(async (api) => (await api.account.signUp(input)).status);
}
