import Link from "next/link";
import { CalendarHeart, Lightbulb, Plus } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { type DatesShown, showMoreHref } from "./dates-address";
import { DatesTabs } from "./dates-tabs";
import type { PlanForViewer } from "./format";
import { PlanList } from "./plan-list";

type Listed = { plans: PlanForViewer[]; hasMore: boolean };

/**
 * The dates page, rendered on the server and again when either partner changes a plan (the
 * page's live view): only the tabs run in the browser.
 */
export function DatesBody({
  upcoming,
  past,
  shown,
  partnerName,
}: {
  upcoming: Listed;
  past: Listed;
  shown: DatesShown;
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

      <DatesTabs
        opened={shown.tab}
        upcoming={
          <PlanList
            plans={upcoming.plans}
            moreHref={upcoming.hasMore ? showMoreHref(shown, "upcoming") : null}
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
        }
        past={
          <PlanList
            plans={past.plans}
            moreHref={past.hasMore ? showMoreHref(shown, "past") : null}
            empty={
              <EmptyState
                icon={CalendarHeart}
                title="No past dates yet"
                description="Dates you keep will gather here, with your reflections."
              />
            }
          />
        }
      />
    </div>
  );
}
