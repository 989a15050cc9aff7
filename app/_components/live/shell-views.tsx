import { LiveView } from "./live-view";
import { renderPartnerStatus, renderUnreadActivity } from "./shell-renders";

/** The partner's talk readiness in the shell header, kept current by their readiness events. */
export async function LivePartnerStatus() {
  return (
    <LiveView name="partnerStatus" initial={await renderPartnerStatus()} routers={["readiness"]} hears="partner" />
  );
}

/** The "N new" pill, kept current by the partner's acts and emptied by looking at the dashboard. */
export async function LiveUnreadActivity() {
  return <LiveView name="activity" initial={await renderUnreadActivity()} routers={["activity"]} hears="partner" />;
}
