"use server";

import { getRequestViewer } from "@/server/auth";
import { callApi } from "../actions/call-api";
import { UnreadActivity } from "./activity";

/* The shell's own small acts. Each is a public endpoint: the procedures decide who may. */

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
