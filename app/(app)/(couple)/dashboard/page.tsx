import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { renderDashboard } from "./render-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * Rendered on the server, and again there when the couple's data changes (a live event, or a
 * panel's own action): it shows every feature, so every event touches it.
 */
export default async function DashboardPage() {
  return <LiveView name="dashboard" initial={await renderDashboard()} routers={["dashboard"]} />;
}
