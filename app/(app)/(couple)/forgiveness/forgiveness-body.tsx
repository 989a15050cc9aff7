import { ChevronRight, History, PenLine, Sprout } from "lucide-react";
import Link from "next/link";
import type { inferRouterOutputs } from "@trpc/server";
import { Button, buttonVariants } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { cn } from "@/lib/cn";
import { shortDateWithYear } from "@/lib/date-words";
import type { AppRouter } from "@/server/root";
import { StatusBadge, excerptOf, titleOf, type RequestView } from "./_components/request-parts";

type Overview = inferRouterOutputs<AppRouter>["forgiveness"]["overview"];

/**
 * The requests asked of me and by me, my drafts (only mine reach this page) and the shared
 * history, rendered on the server and again when either partner sends, answers or withdraws
 * (the page's live view). None of it is code in the browser.
 */
export function ForgivenessBody({
  overview,
  history,
  pages,
  hasEarlier,
  partnerName,
}: {
  overview: Overview;
  history: RequestView[];
  pages: number;
  hasEarlier: boolean;
  partnerName: string | null;
}) {
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

      <RequestSection
        title="Asked of you"
        description="Answer whenever you're ready, or not yet."
        requests={overview.askedOfMe}
        empty={`Nothing from ${partner} is waiting on you.`}
        testId="asked-of-me"
      />
      <RequestSection
        title="You asked"
        description={`${partner} can take all the time they need.`}
        requests={overview.iAsked}
        empty="You have no open requests."
        testId="i-asked"
      />
      {overview.drafts.length > 0 && (
        <RequestSection
          title="Your drafts"
          description="Only you can see these."
          requests={overview.drafts}
          empty=""
          testId="drafts"
        />
      )}
      <HistorySection items={history} pages={pages} hasEarlier={hasEarlier} />
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

function HistorySection({ items, pages, hasEarlier }: { items: RequestView[]; pages: number; hasEarlier: boolean }) {
  return (
    <section aria-labelledby="history-heading" className="grid gap-3" data-testid="history">
      <div className="grid gap-0.5">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <p className="text-sm text-muted-foreground">What was forgiven or withdrawn, by both of you.</p>
      </div>
      {items.length === 0 ? (
        <EmptyState
          icon={History}
          title="Nothing here yet"
          description="When a request is forgiven, it's kept here and on your timeline."
        />
      ) : (
        <>
          <RequestList requests={items} />
          {/* A link, so the history stays this long when the page renders again. */}
          {hasEarlier && (
            <Link
              href={`/forgiveness?pages=${pages + 1}`}
              scroll={false}
              className={cn(buttonVariants({ variant: "secondary" }), "justify-self-center")}
            >
              Show earlier
            </Link>
          )}
        </>
      )}
    </section>
  );
}
