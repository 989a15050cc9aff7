import { serverApi } from "@/server/caller";
import { UnreadActivity } from "./activity";
import { LiveView } from "./live-view";
import { PartnerReadinessStatus } from "./partner-readiness-status";
import { renderPartnerStatus, renderUnreadActivity } from "./shell-actions";

/** The partner's talk readiness in the shell header, kept current by their readiness events. */
export async function LivePartnerStatus() {
  const readiness = await (await serverApi()).readiness.get();
  return (
    <LiveView
      initial={<PartnerReadinessStatus state={readiness.partner?.state ?? null} />}
      render={renderPartnerStatus}
      routers={["readiness"]}
      hears="partner"
      canWait
    />
  );
}

/** The "N new" pill, kept current by the partner's acts and emptied by looking at the dashboard. */
export async function LiveUnreadActivity({ partnerName }: { partnerName: string }) {
  const unread = await (await serverApi()).activity.unread();
  return (
    <LiveView
      name="activity"
      initial={<UnreadActivity unread={unread} partnerName={partnerName} />}
      render={renderUnreadActivity}
      routers={["activity"]}
      hears="partner"
      canWait
    />
  );
}
