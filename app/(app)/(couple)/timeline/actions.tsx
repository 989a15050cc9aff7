"use server";

import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import { renderTimeline } from "./render-timeline";
import { type TimelineShown, timelineShown } from "./timeline-address";

/*
 * What a person does on the timeline, as server actions: each calls the API's own procedure
 * (who may, the validation and every rule stay there) and answers with the timeline rendered
 * after it, filtered and as long as the person had it. A refusal answers too.
 */

async function withTimeline<Value>(result: ActionResult<Value>, shown: TimelineShown) {
  // What is shown comes from the browser: read like an address. Not for another page, should
  // a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/timeline")) ? await renderTimeline(timelineShown(shown)) : undefined;
  return { ...result, view };
}

export async function addMilestone(input: { title: string; occurredOn: string; note: string }, shown: TimelineShown) {
  return withTimeline(await callApi(async (api) => void (await api.timeline.add(input))), shown);
}

export async function removeMilestone(id: string, shown: TimelineShown) {
  return withTimeline(await callApi(async (api) => void (await api.timeline.remove({ id }))), shown);
}
