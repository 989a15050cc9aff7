"use server";

import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import { pagesShown } from "../pages-shown";
import { renderVents } from "./render-vents";

/*
 * What a person does on the vents page, as server actions: each calls the API's own procedure
 * (who may, the validation and every rule stay there) and answers with the page's view
 * rendered after it, as many pages long as the person had open. A refusal answers too.
 */

async function withVents<Value>(result: ActionResult<Value>, pages: unknown) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/vents")) ? await renderVents(pagesShown(String(pages))) : undefined;
  return { ...result, view };
}

export async function writeVent(input: { body: string }, pages: number) {
  return withVents(await callApi(async (api) => void (await api.vents.write(input))), pages);
}

export async function acknowledgeVent(id: string, pages: number) {
  return withVents(await callApi(async (api) => void (await api.vents.acknowledge({ id }))), pages);
}

export async function deleteVent(id: string, pages: number) {
  return withVents(await callApi(async (api) => void (await api.vents.remove({ id }))), pages);
}
