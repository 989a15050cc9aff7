"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { coupleViewer } from "../couple-viewer";
import { renderResponsibilities } from "./render-responsibilities";

/*
 * What a person does on the responsibilities page, shared duties and small changes alike, as
 * server actions: each calls the API's own procedure (who may, the validation and every rule
 * stay there) and answers with both lists rendered again after it, for the page's live view
 * to show: one round trip. A refusal answers too, with the lists as they now are.
 */

type Input = inferRouterInputs<AppRouter>;
type Duties = Input["responsibilities"];
type Changes = Input["smallChanges"];

/** The action's answer, with the lists as they now are and, when the act deserves one, a sentence to show. */
async function withResponsibilities<Value>(
  result: ActionResult<Value>,
  notice?: (value: Value) => Promise<string | undefined> | string | undefined,
) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/responsibilities")) ? await renderResponsibilities() : undefined;
  return { ...result, view, notice: result.ok ? await notice?.(result.value) : undefined };
}

/** A streak that reaches a milestone says so; `unit` is how the streak counts ("days" for a small change). */
function milestoneNotice(unit: string) {
  return ({ streak, milestones }: { streak: number; milestones: readonly unknown[] }) =>
    milestones.length ? `${streak}${unit} in a row — that's a milestone.` : undefined;
}

export async function proposeResponsibility(input: Duties["propose"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.propose(input))));
}

export async function agreeToResponsibility(id: string) {
  return withResponsibilities(
    await callApi(async (api) => void (await api.responsibilities.agree({ id }))),
    () => "Agreed. It counts from today.",
  );
}

export async function declineResponsibility(id: string) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.decline({ id }))));
}

export async function suggestChange(input: Duties["suggestChange"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.suggestChange(input))));
}

/** Asking to pause, resume or retire an agreed duty. */
export async function requestChange(input: Duties["requestChange"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.requestChange(input))));
}

/** The partner's yes or no to a pause, resume or retire; the asker's no withdraws it. */
export async function answerChange(input: Duties["answerChange"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.answerChange(input))));
}

export async function checkOffResponsibility(input: Duties["checkOff"]) {
  return withResponsibilities(
    await callApi(async (api) => {
      const { streak, milestones } = await api.responsibilities.checkOff(input);
      return { streak, milestones };
    }),
    milestoneNotice(""),
  );
}

export async function undoResponsibilityCheckOff(input: Duties["undoCheckOff"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.responsibilities.undoCheckOff(input))));
}

/** Thanking the partner for a check-off. */
export async function acknowledgeCheckOff(input: Duties["acknowledge"]) {
  return withResponsibilities(
    await callApi(async (api) => void (await api.responsibilities.acknowledge(input))),
    async () => `${(await coupleViewer()).partner?.name ?? "Your partner"} will see your thanks.`,
  );
}

export async function startSmallChange(input: Changes["start"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.smallChanges.start(input))));
}

export async function checkOffSmallChange(input: Changes["checkOff"]) {
  return withResponsibilities(
    await callApi(async (api) => {
      const { streak, milestones } = await api.smallChanges.checkOff(input);
      return { streak, milestones };
    }),
    milestoneNotice(" days"),
  );
}

export async function undoSmallChangeCheckOff(input: Changes["undoCheckOff"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.smallChanges.undoCheckOff(input))));
}

export async function stopSmallChange(id: string) {
  return withResponsibilities(await callApi(async (api) => void (await api.smallChanges.stop({ id }))));
}

export async function encourageSmallChange(input: Changes["encourage"]) {
  return withResponsibilities(await callApi(async (api) => void (await api.smallChanges.encourage(input))));
}
