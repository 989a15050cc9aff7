"use server";

import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { MemoryFormValues } from "./memory-form";
import { renderMemory } from "./render-memories";

/*
 * What a person does in the album, as server actions: each calls the API's own procedure (who
 * may, the validation and every rule stay there). A change on a memory's page answers with
 * that page rendered after it; a refusal answers too.
 */

async function withMemory<Value>(result: ActionResult<Value>, id: string) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = result.ok && (await isSentFrom(`/memories/${id}`)) ? await renderMemory(id) : undefined;
  return { ...result, view };
}

/** A new memory; the browser goes on to its page, where a photo can be added. */
export async function createMemory(input: MemoryFormValues) {
  return callApi(async (api) => ({ id: (await api.memories.create(input)).id }));
}

export async function updateMemory(input: MemoryFormValues & { id: string }) {
  return withMemory(await callApi(async (api) => void (await api.memories.update(input))), input.id);
}

export async function removeMemoryPhoto(id: string) {
  return withMemory(await callApi(async (api) => void (await api.memories.removePhoto({ id }))), id);
}

/** Gone for both; the browser goes back to the album. */
export async function removeMemory(id: string) {
  return callApi(async (api) => void (await api.memories.remove({ id })));
}
