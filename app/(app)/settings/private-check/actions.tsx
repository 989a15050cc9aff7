"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { renderKeptChecks } from "./kept-checks";

/*
 * Keeping and forgetting answers of the private check, as server actions: each calls the API's
 * own procedure (signed in is enough; the validation and the silence stay there) and answers
 * with the kept answers rendered again. Nothing else hears of it: no live event, no other view.
 */

type Input = inferRouterInputs<AppRouter>;

async function withKeptChecks<Value>(result: ActionResult<Value>) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/settings/private-check")) ? await renderKeptChecks() : undefined;
  return { ...result, view };
}

export async function keepAnswers(input: Input["safety"]["keep"]) {
  return withKeptChecks(await callApi(async (api) => void (await api.safety.keep(input))));
}

export async function forgetCheck(id: string) {
  return withKeptChecks(await callApi(async (api) => void (await api.safety.forget({ id }))));
}

export async function forgetAllChecks() {
  return withKeptChecks(await callApi(async (api) => void (await api.safety.forgetAll())));
}
