"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import { phaseName } from "@/server/phases/phases";
import type { AppRouter } from "@/server/root";
import { renderDashboard } from "./render-dashboard";

/*
 * What a person does on the dashboard, as server actions: each calls the API's own procedure
 * (so who may, the validation and every rule stay there) and answers with the dashboard
 * rendered again after it, for its live view to show: one round trip, and never a second
 * rendering of the whole page (`refresh()` would render the layout again and refetch every
 * link on screen). A refusal answers too, with the dashboard as it now is.
 */

type Input = inferRouterInputs<AppRouter>;

/** The action's answer, with the dashboard as it now is and, when the act deserves one, a sentence to show. */
async function withDashboard<Value>(result: ActionResult<Value>, notice?: (value: Value) => string | undefined) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/dashboard")) ? await renderDashboard() : undefined;
  return { ...result, view, notice: result.ok ? notice?.(result.value) : undefined };
}

export async function setReadiness(input: Input["readiness"]["set"]) {
  return withDashboard(await callApi(async (api) => void (await api.readiness.set(input))));
}

export async function proposePace(input: Input["pace"]["propose"]) {
  return withDashboard(await callApi(async (api) => void (await api.pace.propose(input))));
}

export async function acceptPace(input: Input["pace"]["accept"]) {
  return withDashboard(
    await callApi(async (api) => (await api.pace.accept(input)).phase),
    (phase) => `You're in ${phaseName(phase)} together now.`,
  );
}

export async function withdrawPaceOffer() {
  return withDashboard(await callApi(async (api) => void (await api.pace.withdraw())));
}

export async function stepBackPace(input: Input["pace"]["stepBack"]) {
  return withDashboard(await callApi(async (api) => void (await api.pace.stepBack(input))));
}

/** Today's duty or small change, kept; a streak that reaches a milestone says so. */
export async function checkOff(item: { kind: "responsibility" | "change"; id: string }) {
  return withDashboard(
    await callApi(async (api) => {
      const { streak, milestones } =
        item.kind === "change"
          ? await api.smallChanges.checkOff({ id: item.id })
          : await api.responsibilities.checkOff({ id: item.id });
      return { streak, milestones };
    }),
    ({ streak, milestones }) => (milestones.length ? `${streak} in a row — that's a milestone.` : undefined),
  );
}

export async function acknowledgeCheckOff(input: Input["responsibilities"]["acknowledge"]) {
  return withDashboard(await callApi(async (api) => void (await api.responsibilities.acknowledge(input))));
}

/** A fresh invite link: its code is only ever known now, so it comes back to show once. */
export async function replaceInvite() {
  return withDashboard(
    await callApi(async (api) => {
      const { code, expiresAt } = await api.couple.replaceInvite();
      return { code, expiresAt };
    }),
  );
}

export async function revokeInvite() {
  return withDashboard(
    await callApi(async (api) => void (await api.couple.revokeInvite())),
    () => "The invite link no longer works.",
  );
}
