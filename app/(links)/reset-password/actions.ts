"use server";

import type { inferRouterInputs } from "@trpc/server";
import { callApi } from "@/app/_components/actions/call-api";
import type { AppRouter } from "@/server/root";

export async function resetPassword(input: inferRouterInputs<AppRouter>["account"]["resetPassword"]) {
  return callApi(async (api) => void (await api.account.resetPassword(input)));
}
