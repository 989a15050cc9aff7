"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { renderRequest } from "./render-forgiveness";

/*
 * What a person does with a forgiveness request, as server actions: each calls the API's own
 * procedure (who may, the validation and every rule stay there). An answer or a withdrawal on
 * a request's page answers with that page rendered after it; the composer's acts only answer,
 * since it goes on to another page or stays as it is.
 */

type Input = inferRouterInputs<AppRouter>["forgiveness"];

async function withRequest<Value>(result: ActionResult<Value>, id: string) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom(`/forgiveness/${id}`)) ? await renderRequest(id) : undefined;
  return { ...result, view };
}

/** The draft as it is being written: only its writer can see it. */
export async function saveDraft(input: Input["saveDraft"]) {
  return callApi(async (api) => void (await api.forgiveness.saveDraft(input)));
}

/** The browser goes on to the request's page. */
export async function sendRequest(input: Input["send"]) {
  return callApi(async (api) => void (await api.forgiveness.send(input)));
}

/** The browser goes back to the list. */
export async function discardDraft(id: string) {
  return callApi(async (api) => void (await api.forgiveness.discardDraft({ id })));
}

export async function answerRequest(input: Input["answer"]) {
  return withRequest(await callApi(async (api) => void (await api.forgiveness.answer(input))), input.id);
}

export async function withdrawRequest(id: string) {
  return withRequest(await callApi(async (api) => void (await api.forgiveness.withdraw({ id }))), id);
}
