"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc";

/**
 * How much the partner did since I last looked, for the shell: a quiet gold pill, never a
 * red badge, and nothing at all when there is nothing new. Counts arrive live (the live
 * updates refresh this query on each of the partner's acts).
 */
export function UnreadActivity({ partnerName, className }: { partnerName: string; className?: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.activity.unread.queryOptions(undefined, { staleTime: 60_000 }));
  if (!data || data.count === 0) return null;
  const shown = data.more ? `${data.count}+` : String(data.count);
  return (
    <Link
      href="/dashboard"
      data-testid="unread-activity"
      aria-label={`${shown} new from ${partnerName} since you last looked`}
      className={cn(
        "inline-flex h-7 items-center rounded-full border border-gold/40 bg-gold-soft px-2.5 text-xs font-medium text-gold-foreground",
        "hover:bg-gold-soft/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        className,
      )}
    >
      {shown} new
    </Link>
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
