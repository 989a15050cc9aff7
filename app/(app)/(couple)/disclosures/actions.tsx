"use server";

import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import { pagesShown } from "../pages-shown";
import { renderDisclosures } from "./render-disclosures";

/*
 * What a person does on the disclosures page, as server actions: each calls the API's own
 * procedure (who may, the validation and every rule stay there) and answers with the page's
 * view rendered after it, as many pages long as the person had open. A refusal answers too.
 */

async function withDisclosures<Value>(result: ActionResult<Value>, pages: number) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/disclosures")) ? await renderDisclosures(pagesShown(String(pages))) : undefined;
  return { ...result, view };
}

export async function writeDisclosure(input: { body: string }, pages: number) {
  return withDisclosures(await callApi(async (api) => void (await api.disclosures.write(input))), pages);
}

export async function acknowledgeDisclosure(id: string, pages: number) {
  return withDisclosures(await callApi(async (api) => void (await api.disclosures.acknowledge({ id }))), pages);
}

export async function takeBackDisclosure(id: string, pages: number) {
  return withDisclosures(await callApi(async (api) => void (await api.disclosures.takeBack({ id }))), pages);
}
