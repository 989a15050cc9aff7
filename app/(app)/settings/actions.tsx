"use server";

import type { inferRouterInputs } from "@trpc/server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { renderSettings } from "./render-settings";

/*
 * What a person does on the settings page, as server actions: each calls the API's own
 * procedure (who may, the validation and every rule stay there). A change to what the page
 * lists (devices, notifications, shares) answers with the page's cards rendered after it. A
 * change to the person themself answers without them: the shell shows it too, so the browser
 * renders the whole page again (name, address), or the session it was made in has ended
 * (password, every device, the account), or the person leaves (unlinking).
 */

type Input = inferRouterInputs<AppRouter>;

async function withSettings<Value>(result: ActionResult<Value>) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts).
  const view = (await isSentFrom("/settings")) ? await renderSettings() : undefined;
  return { ...result, view };
}

export async function endSession(id: string) {
  return withSettings(await callApi(async (api) => void (await api.sessions.end({ id }))));
}

export async function endOtherSessions() {
  return withSettings(await callApi(async (api) => void (await api.sessions.endOthers())));
}

export async function saveNotifications(input: Input["notifications"]["save"]) {
  return withSettings(await callApi(async (api) => void (await api.notifications.save(input))));
}

export async function proposeShare(input: Input["shares"]["propose"]) {
  return withSettings(await callApi(async (api) => void (await api.shares.propose(input))));
}

/** Answers with the link, shown this once to whoever made it. */
export async function acceptShare(id: string) {
  return withSettings(await callApi((api) => api.shares.accept({ id })));
}

/** Answers with the new link; the old one stops working at once. */
export async function renewShareLink(id: string) {
  return withSettings(await callApi((api) => api.shares.renewLink({ id })));
}

export async function endShare(id: string) {
  return withSettings(await callApi(async (api) => void (await api.shares.end({ id }))));
}

export async function updateProfile(input: Input["account"]["updateProfile"]) {
  return callApi(async (api) => void (await api.account.updateProfile(input)));
}

/** "changed" at once (no mail on this server), or "confirm-new-address" until confirmed from the new inbox. */
export async function changeEmail(input: Input["account"]["changeEmail"]) {
  return callApi(async (api) => (await api.account.changeEmail(input)).status);
}

export async function changePassword(input: Input["account"]["changePassword"]) {
  return callApi(async (api) => void (await api.account.changePassword(input)));
}

export async function signOutEverywhere() {
  return callApi(async (api) => void (await api.account.signOutEverywhere()));
}

export async function deleteAccount(input: Input["account"]["deleteAccount"]) {
  return callApi(async (api) => void (await api.account.deleteAccount(input)));
}

/** Closes the space for both: the person goes on to /welcome, the shell rendered without the partner. */
export async function unlinkSpace() {
  const result = await callApi(async (api) => void (await api.couple.unlink({ confirm: true })));
  if (result.ok) redirect("/welcome");
  return result;
}
