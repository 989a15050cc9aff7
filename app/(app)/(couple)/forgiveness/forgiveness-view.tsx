"use client";

import Link from "next/link";
import { shortDateWithYear } from "@/lib/date-words";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { ChevronRight, History, PenLine, Sprout } from "lucide-react";
import type { AppRouter } from "@/server/root";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ErrorState } from "@/app/_components/ui/error-state";
import { useTRPC } from "@/lib/trpc";
import { HISTORY_PAGE_SIZE } from "@/server/forgiveness/limits";
import { StatusBadge, excerptOf, titleOf, type RequestView } from "./_components/request-parts";
import { PageTitle } from "@/app/_components/ui/page-title";

type Overview = inferRouterOutputs<AppRouter>["forgiveness"]["overview"];
type HistoryPage = inferRouterOutputs<AppRouter>["forgiveness"]["history"];

export function ForgivenessView({
  initial,
  initialHistory,
  partnerName,
}: {
  initial: Overview;
  initialHistory: HistoryPage;
  partnerName: string | null;
}) {
  const trpc = useTRPC();
  const overview = useQuery(trpc.forgiveness.overview.queryOptions(undefined, { initialData: initial }));
  const data = overview.data ?? initial;
  const partner = partnerName ?? "your partner";

  return (
    <div className="grid gap-8">
      <header className="grid gap-3">
        <PageTitle>Forgiveness</PageTitle>
        <p className="max-w-prose text-muted-foreground">
          Asking sincerely, and giving time to answer. There are no deadlines here, and no reminders: “not yet” is a
          normal answer.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href="/forgiveness/new" prefetch={false}>
              <PenLine aria-hidden />
              Ask for forgiveness
            </Link>
          </Button>
          <Button asChild variant="secondary">
            <Link href="/forgiveness/new?kind=second_chance" prefetch={false}>
              <Sprout aria-hidden />
              Ask for a second chance
            </Link>
          </Button>
        </div>
      </header>

      {overview.isError && !overview.data && <ErrorState onRetry={() => overview.refetch()} />}

      <RequestSection
        title="Asked of you"
        description="Answer whenever you're ready, or not yet."
        requests={data.askedOfMe}
        empty={`Nothing from ${partner} is waiting on you.`}
        testId="asked-of-me"
      />
      <RequestSection
        title="You asked"
        description={`${partner} can take all the time they need.`}
        requests={data.iAsked}
        empty="You have no open requests."
        testId="i-asked"
      />
      {data.drafts.length > 0 && (
        <RequestSection
          title="Your drafts"
          description="Only you can see these."
          requests={data.drafts}
          empty=""
          testId="drafts"
        />
      )}
      <HistorySection initial={initialHistory} />
    </div>
  );
}

function RequestList({ requests }: { requests: RequestView[] }) {
  return (
    <ul className="grid gap-2">
      {requests.map((request) => {
        const latestNote = [...request.answers].reverse().find((answer) => answer.note)?.note;
        const at = request.closedAt ?? request.sentAt ?? request.updatedAt;
        return (
          <li key={request.id}>
            <Link
              href={request.status === "draft" ? `/forgiveness/write/${request.id}` : `/forgiveness/${request.id}`}
              className="flex items-center gap-3 rounded-xl border border-border bg-card p-4 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
            >
              <span className="grid min-w-0 flex-1 gap-1">
                <span className="font-medium">{titleOf(request)}</span>
                {excerptOf(request) && (
                  <span className="truncate text-sm text-muted-foreground">{excerptOf(request)}</span>
                )}
                {latestNote && request.status === "more_time" && (
                  <span className="text-sm text-muted-foreground">
                    {request.side === "mine" ? `${request.recipientName}'s note` : "Your note"}: “{latestNote}”
                  </span>
                )}
                <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <StatusBadge status={request.status} kind={request.kind} />
                  <time dateTime={at.toISOString()}>{shortDateWithYear(at)}</time>
                </span>
              </span>
              <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function RequestSection({
  title,
  description,
  requests,
  empty,
  testId,
}: {
  title: string;
  description: string;
  requests: RequestView[];
  empty: string;
  testId: string;
}) {
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3" data-testid={testId}>
      <div className="grid gap-0.5">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {requests.length === 0 ? (
        <p className="rounded-lg bg-muted px-4 py-5 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <RequestList requests={requests} />
      )}
    </section>
  );
}

function HistorySection({ initial }: { initial: HistoryPage }) {
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.forgiveness.history.infiniteQueryOptions(
      { limit: HISTORY_PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor,
        initialData: { pages: [initial], pageParams: [null] },
      },
    ),
  );
  const items = (history.data?.pages ?? [initial]).flatMap((page) => page.items);
  return (
    <section aria-labelledby="history-heading" className="grid gap-3" data-testid="history">
      <div className="grid gap-0.5">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <p className="text-sm text-muted-foreground">What was forgiven or withdrawn, by both of you.</p>
      </div>
      {history.isError && items.length === 0 ? (
        <ErrorState onRetry={() => history.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={History}
          title="Nothing here yet"
          description="When a request is forgiven, it's kept here and on your timeline."
        />
      ) : (
        <>
          <RequestList requests={items} />
          {history.hasNextPage && (
            <Button
              variant="secondary"
              className="justify-self-center"
              onClick={() => void history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
            >
              {history.isFetchingNextPage ? "Loading…" : "Show earlier"}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
