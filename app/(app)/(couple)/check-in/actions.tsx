"use server";

import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { ChartRange, SharingLevel } from "@/server/check-ins/limits";
import { rangeShown, renderCheckIn } from "./render-check-in";

/*
 * What a person does on the check-in page, as server actions: each calls the API's own
 * procedure (who may, the validation and every rule stay there) and answers with the page
 * rendered after it, at the chart range the person had. A refusal answers too.
 */

async function withCheckIn<Value>(result: ActionResult<Value>, range: ChartRange) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/check-in")) ? await renderCheckIn(rangeShown(String(range))) : undefined;
  return { ...result, view };
}

export async function recordCheckIn(
  input: { day: string; safety: number; trust: number; connection: number; note: string },
  range: ChartRange,
) {
  return withCheckIn(await callApi(async (api) => void (await api.checkIns.record(input))), range);
}

export async function shareCheckIns(level: SharingLevel, range: ChartRange) {
  return withCheckIn(await callApi((api) => api.checkIns.setSharing({ level })), range);
}
