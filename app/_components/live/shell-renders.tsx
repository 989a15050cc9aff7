import "server-only";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { UnreadActivity } from "./activity";
import { PartnerReadinessStatus } from "./partner-readiness-status";

/** The shell's live parts, rendered on the server: the procedures decide who may see what. */

export async function renderPartnerStatus() {
  const readiness = await (await serverApi()).readiness.get();
  return <PartnerReadinessStatus state={readiness.partner?.state ?? null} />;
}

export async function renderUnreadActivity() {
  const [viewer, unread] = await Promise.all([getRequestViewer(), (await serverApi()).activity.unread()]);
  return <UnreadActivity unread={unread} partnerName={viewer?.partner?.name ?? "your partner"} />;
}
