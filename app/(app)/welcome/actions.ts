"use server";

import type { inferRouterInputs } from "@trpc/server";
import { callApi } from "@/app/_components/actions/call-api";
import type { AppRouter } from "@/server/root";

/*
 * Starting a couple space or joining one, as server actions: each calls the API's own procedure
 * (who may, the validation and every rule stay there). Neither answers with a view: starting
 * one shows its invite in place, and joining goes on to the dashboard.
 */

type Input = inferRouterInputs<AppRouter>["couple"];

/** Answers with the invite, shown this once to whoever started the space. */
export async function createSpace(input: Input["create"]) {
  return callApi(async (api) => (await api.couple.create(input)).invite);
}

export async function joinSpace(input: Input["join"]) {
  return callApi(async (api) => void (await api.couple.join(input)));
}
