"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useTRPC } from "@/lib/trpc";

/**
 * Tells the server this person has the app open, so a mail never counts what they have
 * already seen here. Private to them: nothing of it ever reaches the partner.
 */
export function MarkSeen() {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.notifications.markSeen.mutationOptions());
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each page a person opens counts as seeing it, so the path is the trigger.
  useEffect(() => {
    mutate();
    const onVisible = () => document.visibilityState === "visible" && mutate();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [pathname, mutate]);
  return null;
}
