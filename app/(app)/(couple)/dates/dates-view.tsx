import Link from "next/link";
import { CalendarHeart, Lightbulb, Plus } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import type { PlanListPage } from "./format";
import { PlanList } from "./plan-list";
import { PageTitle } from "@/app/_components/ui/page-title";

/** Rendered on the server: only the tabs and the two lists run in the browser. */
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
