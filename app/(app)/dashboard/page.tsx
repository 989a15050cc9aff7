import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const viewer = await getRequestViewer();
  if (!viewer?.couple) redirect("/welcome");
  const dashboard = await (await serverApi()).dashboard.get();
  return <DashboardView initial={dashboard} />;
}
