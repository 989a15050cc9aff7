import { MapPin } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui/button";
import { longDate } from "@/lib/date-words";
import type { MemoryView } from "@/server/memories/service";
import { MemoriesFrame } from "./memories-frame";

/**
 * The album, rendered on the server and again when either partner adds, edits or removes a
 * memory (the page's live view). Only adding one is code in the browser.
 */
export function MemoriesBody({
  memories,
  pages,
  hasMore,
}: {
  memories: MemoryView[];
  pages: number;
  hasMore: boolean;
}) {
  return (
    <MemoriesFrame empty={memories.length === 0}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {memories.map((memory) => (
          <li key={memory.id}>
            <Link
              href={`/memories/${memory.id}`}
              className="grid h-full overflow-hidden rounded-lg border border-border bg-card hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
            >
              {memory.photo && (
                // A private, session-checked image: served as is, no image optimiser in between.
                <img src={memory.photo.url} alt="" className="aspect-[4/3] w-full object-cover" loading="lazy" />
              )}
              <span className="grid gap-1 p-4">
                <span className="font-medium">{memory.title}</span>
                <span className="text-sm text-muted-foreground">{longDate(memory.happenedOn)}</span>
                {memory.place && (
                  <span className="flex items-center gap-1 text-sm text-muted-foreground">
                    <MapPin aria-hidden className="size-3.5" />
                    {memory.place}
                  </span>
                )}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hasMore && (
        <Link href={`/memories?pages=${pages + 1}`} scroll={false} className={buttonVariants({ variant: "secondary" })}>
          Show more
        </Link>
      )}
    </MemoriesFrame>
  );
}
