import type { Metadata } from "next";
import { serverApi } from "@/server/caller";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const dashboard = await (await serverApi()).dashboard.get();
  return <DashboardView initial={dashboard} />;
}
