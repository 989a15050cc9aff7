import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { coupleApi } from "../couple-viewer";
import { renderDashboard } from "./actions";
import { DashboardBody } from "./dashboard-body";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * Rendered on the server, and again there when the couple's data changes (a live event, or a
 * panel's own action): it shows every feature, so every event touches it.
 */
export default async function DashboardPage() {
  const dashboard = await (await coupleApi()).dashboard.get();
  return (
    <LiveView initial={<DashboardBody dashboard={dashboard} />} render={renderDashboard} routers={["dashboard"]} />
  );
}
