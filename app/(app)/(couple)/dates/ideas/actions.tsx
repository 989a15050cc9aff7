"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { type IdeasFilter, ideasShown } from "./ideas-address";
import { renderIdeas } from "./render-ideas";

/*
 * What a person does in the idea bank, as server actions: each calls the API's own procedure
 * (who may, the validation and every rule stay there) and answers with the bank rendered
 * after it, with the filter the person had. A refusal answers too.
 */

type Dates = inferRouterInputs<AppRouter>["dates"];

async function withIdeas<Value>(result: ActionResult<Value>, filter: IdeasFilter) {
  // The filter comes from the browser: read like an address. Not for another page, should a
  // navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/dates/ideas")) ? await renderIdeas(ideasShown({ show: filter })) : undefined;
  return { ...result, view };
}

/** Yes, maybe or no; the answer says whether it made a match. */
export async function reactToIdea(input: Dates["react"], filter: IdeasFilter) {
  return withIdeas(await callApi(async (api) => ({ isMatch: (await api.dates.react(input)).isMatch })), filter);
}

export async function addIdea(input: Dates["addIdea"], filter: IdeasFilter) {
  return withIdeas(await callApi(async (api) => void (await api.dates.addIdea(input))), filter);
}

export async function removeIdea(ideaId: string, filter: IdeasFilter) {
  return withIdeas(await callApi(async (api) => void (await api.dates.removeIdea({ ideaId }))), filter);
}
