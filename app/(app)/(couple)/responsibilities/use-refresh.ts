"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";

/** After a change: this page's lists, the dashboard (Your turn, today, streaks) and the timeline (milestones). */
export function useRefreshResponsibilities() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [trpc.responsibilities.pathKey(), trpc.smallChanges.pathKey(), trpc.dashboard.pathKey()]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}
