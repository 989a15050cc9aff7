"use server";

import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { callApi } from "../actions/call-api";
import { UnreadActivity } from "./activity";
import { PartnerReadinessStatus } from "./partner-readiness-status";

/*
 * The shell's live parts, rendered again on the server when an event touches them, and the
 * shell's own small acts. Each is a public endpoint: the procedures decide who may.
 */

export async function renderPartnerStatus() {
  const readiness = await (await serverApi()).readiness.get();
  return <PartnerReadinessStatus state={readiness.partner?.state ?? null} />;
}

export async function renderUnreadActivity() {
  const [viewer, unread] = await Promise.all([getRequestViewer(), (await serverApi()).activity.unread()]);
  return <UnreadActivity unread={unread} partnerName={viewer?.partner?.name ?? "your partner"} />;
}

/** I've looked at the dashboard: moves my own marker, and answers with the emptied count. */
export async function markActivitySeen() {
  const [viewer, result] = await Promise.all([getRequestViewer(), callApi((api) => api.activity.markSeen())]);
  if (!result.ok || !viewer?.partner) return {};
  return { view: <UnreadActivity unread={result.value} partnerName={viewer.partner.name} /> };
}

/** This person has the app open (for the mail digests): private to them. */
export async function markSeen() {
  await callApi((api) => api.notifications.markSeen());
}
