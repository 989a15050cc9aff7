"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { EXITED_MARK, endSessionInBackground } from "./quick-exit";

/** sessionStorage, or nothing where the browser has it switched off. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

async function stillSignedIn() {
  return fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<{ signedIn?: unknown }>) : null))
    .then(
      (body) => body?.signedIn === true,
      () => false,
    );
}

/**
 * A signed-in page is never shown again from the back-forward cache without asking the
 * server: after a quick exit (or signing out in another tab) Back must reach the sign-in
 * page, never the content it showed. The page stays blank while it asks. A quick exit in
 * this tab is taken as signed out even if its beacon was lost.
 */
export function SessionGuard() {
  const router = useRouter();
  useEffect(() => {
    // A page freshly served to a signed-in browser means a sign-in since any quick exit.
    tabStorage()?.removeItem(EXITED_MARK);
    async function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      const root = document.documentElement;
      root.style.visibility = "hidden";
      const exitedHere = tabStorage()?.getItem(EXITED_MARK) != null;
      if (exitedHere) endSessionInBackground();
      if (exitedHere || !(await stillSignedIn())) {
        location.replace("/sign-in");
        return;
      }
      root.style.visibility = "";
      router.refresh();
    }
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [router]);
  return null;
}
