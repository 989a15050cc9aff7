"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Images, MapPin, Plus } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ErrorState } from "@/app/_components/ui/error-state";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import type { AppRouter } from "@/server/root";
import { longDate } from "@/lib/date-words";
import { MemoryForm } from "./memory-form";
import { PageTitle } from "@/app/_components/ui/page-title";

type Page = inferRouterOutputs<AppRouter>["memories"]["list"];

export function MemoriesView({ initial }: { initial: Page }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const query = useInfiniteQuery(
    trpc.memories.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [initial], pageParams: [null] } },
    ),
  );
  const create = useMutation(
    trpc.memories.create.mutationOptions({
      onSuccess: (memory) => {
        toast.success("Kept in your album.");
        void queryClient.invalidateQueries({ queryKey: trpc.memories.pathKey() });
        router.push(`/memories/${memory.id}`);
      },
    }),
  );
  const memories = query.data?.pages.flatMap((page) => page.memories) ?? [];

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <PageTitle>Memories</PageTitle>
          <p className="text-sm leading-relaxed text-muted-foreground">
            The good moments, kept together. Any of them can become a date again.
          </p>
        </div>
        {!adding && (
          <Button onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            Add a memory
          </Button>
        )}
      </header>

      {adding && (
        <Card>
          <CardHeader>
            <CardTitle>A new memory</CardTitle>
            <CardDescription>You can add a photo once it&apos;s saved.</CardDescription>
          </CardHeader>
          <CardContent>
            <MemoryForm
              defaults={{ title: "", happenedOn: "", place: "", story: "" }}
              submitLabel="Keep this memory"
              pending={create.isPending}
              onSubmit={(values) => create.mutateAsync(values)}
              onCancel={() => setAdding(false)}
            />
          </CardContent>
        </Card>
      )}

      {query.isError && !query.data ? (
        <ErrorState onRetry={() => query.refetch()} />
      ) : memories.length === 0 ? (
        !adding && (
          <EmptyState
            icon={Images}
            title="Your album is empty"
            description="Start with one moment you both smile about: the first trip, a silly evening, a quiet morning."
            action={<Button onClick={() => setAdding(true)}>Add the first memory</Button>}
          />
        )
      ) : (
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
      )}
      {query.hasNextPage && (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      )}
    </div>
  );
}
