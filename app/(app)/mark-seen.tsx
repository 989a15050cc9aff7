"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { markSeen } from "@/app/_components/live/shell-actions";

/**
 * Tells the server this person has the app open, so a mail never counts what they have
 * already seen here. Private to them: nothing of it ever reaches the partner.
 */
export function MarkSeen() {
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each page a person opens counts as seeing it, so the path is the trigger.
  useEffect(() => {
    // A mark that doesn't arrive only means a mail may mention something already seen.
    const mark = () => void markSeen().catch(() => {});
    mark();
    const onVisible = () => {
      if (document.visibilityState === "visible") mark();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [pathname]);
  return null;
}
