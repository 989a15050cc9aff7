import type { Metadata } from "next";
import { serverApi } from "@/server/caller";
import { DashboardBody } from "./dashboard-body";
import { LiveDashboard } from "./live-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const dashboard = await (await serverApi()).dashboard.get();
  return <LiveDashboard initial={<DashboardBody dashboard={dashboard} />} />;
}
