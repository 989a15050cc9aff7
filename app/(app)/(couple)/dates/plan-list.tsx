"use client";

import type { ReactNode } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorState } from "@/app/_components/ui/error-state";
import { useTRPC } from "@/lib/trpc";
import type { PlanListPage } from "./format";
import { PlanCard } from "./plan-card";

/** Plans coming up or past, kept fresh as either partner plans; `empty` shows while there are none. */
export function PlanList({
  when,
  initial,
  empty,
}: {
  when: "upcoming" | "past";
  initial: PlanListPage;
  empty: ReactNode;
}) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.dates.list.infiniteQueryOptions(
      { when },
      { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [initial], pageParams: [null] } },
    ),
  );
  if (query.isError && !query.data) return <ErrorState onRetry={() => query.refetch()} />;
  const plans = query.data?.pages.flatMap((page) => page.plans) ?? [];
  if (plans.length === 0) return <>{empty}</>;
  return (
    <div className="grid gap-3">
      <ul className="grid gap-3">
        {plans.map((plan) => (
          <li key={plan.id}>
            <PlanCard plan={plan} />
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      )}
    </div>
  );
}
