"use client";

import { useEffect } from "react";
import { runInView } from "@/app/_components/live/live-view";
import { markActivitySeen } from "@/app/_components/live/shell-actions";

/**
 * Looking at the dashboard is "having looked": while it is on screen, each fresh rendering of
 * it moves my own marker forward, and the shell's count empties. Private to me: the partner
 * never learns I looked.
 */
export function MarkActivitySeen({ renderedAt }: { renderedAt: number }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: each fresh rendering on screen is a new look, so its time is the trigger.
  useEffect(() => {
    const markIfVisible = () => {
      // A mark that doesn't arrive leaves the count as it was, until the next look.
      if (document.visibilityState === "visible") void runInView("activity", markActivitySeen).catch(() => {});
    };
    markIfVisible();
    document.addEventListener("visibilitychange", markIfVisible);
    return () => document.removeEventListener("visibilitychange", markIfVisible);
  }, [renderedAt]);
  return null;
}
