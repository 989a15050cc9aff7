"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { CalendarHeart, Lightbulb, Plus } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ErrorState } from "@/app/_components/ui/error-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import { useTRPC } from "@/lib/trpc";
import type { PlanListPage } from "./format";
import { PlanCard } from "./plan-card";
import { PageTitle } from "@/app/_components/ui/page-title";

function PlanList({
  when,
  initial,
  empty,
}: {
  when: "upcoming" | "past";
  initial: PlanListPage;
  empty: React.ReactNode;
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

export function DatesView({
  initialUpcoming,
  initialPast,
  partnerName,
}: {
  initialUpcoming: PlanListPage;
  initialPast: PlanListPage;
  partnerName: string | null;
}) {
  const other = partnerName ?? "your partner";
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <PageTitle>Dates</PageTitle>
          <p className="text-sm leading-relaxed text-muted-foreground">
            Time together, planned with {other} — or as a surprise for them.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="secondary">
            <Link href="/dates/ideas">
              <Lightbulb aria-hidden />
              Idea bank
            </Link>
          </Button>
          {partnerName && (
            <Button asChild>
              <Link href="/dates/new">
                <Plus aria-hidden />
                Plan a date
              </Link>
            </Button>
          )}
        </div>
      </header>

      <Tabs defaultValue="upcoming" className="grid gap-4">
        <TabsList>
          <TabsTrigger value="upcoming">Coming up</TabsTrigger>
          <TabsTrigger value="past">Past</TabsTrigger>
        </TabsList>
        <TabsContent value="upcoming">
          <PlanList
            when="upcoming"
            initial={initialUpcoming}
            empty={
              <EmptyState
                icon={CalendarHeart}
                title="Nothing planned yet"
                description={`Find something you'd both enjoy in the idea bank, or plan a surprise for ${other}.`}
                action={
                  <Button asChild>
                    <Link href="/dates/ideas">Browse ideas together</Link>
                  </Button>
                }
              />
            }
          />
        </TabsContent>
        <TabsContent value="past">
          <PlanList
            when="past"
            initial={initialPast}
            empty={
              <EmptyState
                icon={CalendarHeart}
                title="No past dates yet"
                description="Dates you keep will gather here, with your reflections."
              />
            }
          />
        </TabsContent>
      </Tabs>
    </div>
  );
}
