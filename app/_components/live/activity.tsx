"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc";
import { newsLines } from "./activity-words";

/**
 * How much the partner did since I last looked, for the shell: a quiet gold pill, never a
 * red badge, and nothing at all when there is nothing new. Counts arrive live (the live
 * updates refresh this query on each of the partner's acts). Tapping it shows what changed
 * and where, each line a link there; looking at the dashboard is what marks it seen.
 */
export function UnreadActivity({ partnerName, className }: { partnerName: string; className?: string }) {
  const trpc = useTRPC();
  const listId = useId();
  const list = useRef<HTMLDivElement>(null);
  const { data } = useQuery(trpc.activity.unread.queryOptions(undefined, { staleTime: 60_000 }));
  if (!data || data.count === 0) return null;
  const shown = data.more ? `${data.count}+` : String(data.count);
  const lines = newsLines(data.topics, partnerName);
  // The browser's own popover: it opens and closes from the button, closes on Escape or a tap
  // outside, and tells screen readers it is expanded, with no positioning library to ship.
  return (
    <>
      <button
        type="button"
        popoverTarget={listId}
        data-testid="unread-activity"
        aria-label={`${shown} new from ${partnerName} since you last looked`}
        className={cn(
          "inline-flex h-7 shrink-0 items-center rounded-full border border-gold/40 bg-gold-soft px-2.5 text-xs font-medium text-gold-foreground",
          "hover:bg-gold-soft/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
          className,
        )}
      >
        {shown}
        {/* The word goes on phones, where the partner's name needs the room. */}
        <span className="hidden sm:inline">&nbsp;new</span>
      </button>
      <div
        ref={list}
        id={listId}
        popover="auto"
        data-testid="unread-activity-list"
        // Just under the header, from its start; `grid` only while open, or it would show the closed popover.
        className="fixed inset-auto top-[4.25rem] left-3 m-0 w-72 max-w-[calc(100vw-1.5rem)] gap-2 rounded-lg border border-border bg-card p-4 text-sm text-foreground shadow-lg open:grid md:left-[18rem]"
      >
        <p className="font-medium">New from {partnerName} since you last looked</p>
        <ul className="grid gap-1">
          {lines.map((line) => (
            <li key={line.key}>
              <Link
                href={line.href}
                onClick={() => list.current?.hidePopover()}
                className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
              >
                {line.text}
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted-foreground">It clears when you look at the dashboard.</p>
      </div>
    </>
  );
}

/**
 * Looking at the dashboard is "having looked": while it is on screen, each fresh version of
 * it moves my own marker forward. Private to me: the partner never learns I looked.
 */
export function MarkActivitySeen({ version }: { version: unknown }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutate } = useMutation(
    trpc.activity.markSeen.mutationOptions({
      onSuccess: (unread) => queryClient.setQueryData(trpc.activity.unread.queryKey(), unread),
    }),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: each fresh version of the dashboard on screen is a new look, so the version is the trigger.
  useEffect(() => {
    const markIfVisible = () => {
      if (document.visibilityState === "visible") mutate();
    };
    markIfVisible();
    document.addEventListener("visibilitychange", markIfVisible);
    return () => document.removeEventListener("visibilitychange", markIfVisible);
  }, [version, mutate]);
  return null;
}
