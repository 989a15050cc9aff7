import type { Metadata } from "next";
import { coupleApi } from "../couple-viewer";
import { DashboardBody } from "./dashboard-body";
import { LiveDashboard } from "./live-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const dashboard = await (await coupleApi()).dashboard.get();
  return <LiveDashboard initial={<DashboardBody dashboard={dashboard} />} />;
}
