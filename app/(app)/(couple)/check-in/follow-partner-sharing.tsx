"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "@/lib/trpc";
import type { ChartRange } from "@/server/check-ins/limits";
import type { AppRouter } from "@/server/root";

type Shared = inferRouterOutputs<AppRouter>["checkIns"]["partner"];

/**
 * The partner's part of this page is drawn on the server. When the partner changes what they
 * share (a live event refetches this query), the page is drawn again, so "stop sharing" leaves
 * nothing on an open screen either.
 */
export function FollowPartnerSharing({ range, initial }: { range: ChartRange; initial: Shared }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data } = useQuery(
    trpc.checkIns.partner.queryOptions({ range }, { initialData: initial, staleTime: Number.POSITIVE_INFINITY }),
  );
  const shown = useRef(data);
  useEffect(() => {
    if (data === shown.current) return;
    shown.current = data;
    router.refresh();
  }, [data, router]);
  return null;
}
