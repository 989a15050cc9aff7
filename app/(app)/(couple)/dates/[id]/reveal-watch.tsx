"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const LOOK_AGAIN_MS = 60_000;

/**
 * A surprise reveals itself at its time, with no event to announce it: the page renders
 * again on the server now and then, and shows the plan once the server says it may. The
 * browser never learns when (nor what) until then.
 */
export function RevealWatch() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), LOOK_AGAIN_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
