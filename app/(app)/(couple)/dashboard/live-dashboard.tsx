"use client";

import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { renderDashboard } from "./render-dashboard";

/**
 * Keeps the server-rendered dashboard current. It sits under the dashboard's own query key,
 * so what already refreshes the dashboard — a live event from the partner, a panel's own
 * change — renders it again on the server, without `router.refresh()` (which would fetch
 * every link on screen again).
 */
export function LiveDashboard({ initial }: { initial: ReactNode }) {
  const trpc = useTRPC();
  const { data } = useQuery({
    queryKey: [...trpc.dashboard.get.queryKey(), "rendered"],
    queryFn: (): Promise<ReactNode> => renderDashboard(),
    initialData: initial,
  });
  return data;
}
