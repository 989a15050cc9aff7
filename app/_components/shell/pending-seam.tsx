"use client";

import { useLinkStatus } from "next/link";
import { cn } from "@/lib/cn";

/**
 * Inside a navigation link: a faint, pulsing gold seam while the page it leads to is on its
 * way. The dashboard has no loading skeleton (its content is in the first paint), so the tap
 * itself has to show it was heard.
 */
export function PendingSeam({ className }: { className: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden
      data-pending
      className={cn("absolute rounded-full bg-gold/60 motion-safe:animate-pulse", className)}
    />
  );
}
