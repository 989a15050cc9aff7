import { CalendarHeart, MapPin } from "lucide-react";
import Link from "next/link";
import { BackLink } from "@/app/_components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { PageTitle } from "@/app/_components/ui/page-title";
import { longDate } from "@/lib/date-words";
import { formatPlanTime } from "@/lib/plan-time";
import type { AppRouter } from "@/server/root";
import type { inferRouterOutputs } from "@trpc/server";
import { MemoryStory } from "./memory-story";
import { PhotoUpload } from "./photo-upload";

type Memory = inferRouterOutputs<AppRouter>["memories"]["get"];

/**
 * One memory, rendered on the server and again when either partner changes it (the page's
 * live view). Editing, removing and the photo are the code in the browser.
 */
export function MemoryBody({ memory, canPlan }: { memory: Memory; canPlan: boolean }) {
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <BackLink href="/memories">Memories</BackLink>
        <PageTitle>{memory.title}</PageTitle>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted-foreground">
          <span>{longDate(memory.happenedOn)}</span>
          {memory.place && (
            <span className="flex items-center gap-1">
              <MapPin aria-hidden className="size-4" />
              {memory.place}
            </span>
          )}
        </p>
      </header>

      {memory.photo && (
        // A private, session-checked image: served as is, no image optimiser in between.
        <img
          src={memory.photo.url}
          alt={`Photo: ${memory.title}`}
          className="max-h-[28rem] w-full rounded-lg border border-border object-contain bg-muted"
        />
      )}

      <MemoryStory
        memory={{
          id: memory.id,
          title: memory.title,
          happenedOn: memory.happenedOn,
          place: memory.place,
          story: memory.story,
        }}
        addedBy={memory.addedBy?.name ?? "one of you"}
        canPlan={canPlan}
      />

      <Card>
        <CardHeader>
          <CardTitle>Photo</CardTitle>
        </CardHeader>
        <CardContent>
          <PhotoUpload memoryId={memory.id} hasPhoto={memory.photo !== null} />
        </CardContent>
      </Card>

      {memory.recreatedAs.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>Recreated as</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-1">
              {memory.recreatedAs.map((plan) => (
                <li key={plan.id}>
                  <Link
                    href={`/dates/${plan.id}`}
                    className="flex items-center gap-3 rounded-lg px-2 py-2 hover:bg-muted"
                  >
                    <CalendarHeart aria-hidden className="size-4 text-gold-foreground" />
                    <span className="flex-1">{plan.title}</span>
                    <span className="text-sm text-muted-foreground">
                      {formatPlanTime(plan.startsAt, plan.timeZone)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
