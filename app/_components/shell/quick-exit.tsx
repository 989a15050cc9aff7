"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { modalHost, noModalHost, subscribeToModalHost } from "@/app/_components/ui/modal-host";

/** The neutral page the quick exit leads to (app/away/page.tsx). */
export const NEUTRAL_PAGE = "/away";

/** Two presses of Escape within this many milliseconds leave, as the button does. */
const DOUBLE_ESCAPE_MS = 1000;

/** Ends this browser's session on the server (app/api/session/end/route.ts). */
const END_SESSION = "/api/session/end";

/** Set in this tab by the quick exit; read by SessionGuard. */
export const EXITED_MARK = "exited";

/** Signs out in the background: a beacon outlives the page that sends it. */
export function endSessionInBackground() {
  if (!navigator.sendBeacon?.(END_SESSION)) {
    void fetch(END_SESSION, { method: "POST", keepalive: true, credentials: "same-origin" }).catch(() => undefined);
  }
}

/**
 * What the quick exit can and can't erase, said to the person beside the button and in the
 * README: keep the two in step.
 */
export const QUICK_EXIT_HELP =
  "Leaves for a neutral page at once and signs you out on this device. Pressing Escape twice does the same. It can't erase pages this tab showed earlier from the browser's history list; Back from the neutral page reaches at most the sign-in page.";

/**
 * Leaves Kintsugi at once for a neutral page that Back does not undo, and ends the session.
 *
 * Caveat: a page can rewrite only its own history entry. Entries from Kintsugi pages opened
 * earlier in this tab stay, and so does the browser's own history list. What Back can reach
 * is those addresses, not their content: the session ends here, so a page loaded again
 * shows the sign-in page, and one restored from the back-forward cache checks the session
 * before it shows itself (SessionGuard).
 */
export function exitNow() {
  // Blank the page first: the neutral one may take a moment to load on a slow connection.
  // If the browser later restores this document from its back-forward cache, it stays blank.
  document.documentElement.style.visibility = "hidden";
  document.title = "Weather";
  // Overwrite this entry so Back cannot return to it, then load the neutral page in its place
  // (replace, not assign, so no new entry is added after the sensitive one).
  history.replaceState(null, "", NEUTRAL_PAGE);
  location.replace(NEUTRAL_PAGE);
  // Then sign out, without holding the exit back.
  endSessionInBackground();
  try {
    sessionStorage.setItem(EXITED_MARK, "1");
  } catch {
    // Storage switched off: the ended session still guards every page.
  }
}

/**
 * The quick exit: on every page, first in tab order, fixed on screen above everything,
 * and also bound to Escape pressed twice. Place it as the first child of <body>; `icon` is
 * drawn by the server, so no icon code comes with it.
 */
export function QuickExit({ icon }: { icon: ReactNode }) {
  const onNeutralPage = usePathname() === NEUTRAL_PAGE;
  // An open modal dialog makes the rest of the page inert: then the button moves into it.
  const host = useSyncExternalStore(subscribeToModalHost, modalHost, noModalHost);

  useEffect(() => {
    if (onNeutralPage) return;
    let lastEscape = Number.NEGATIVE_INFINITY;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.repeat) return;
      if (event.timeStamp - lastEscape <= DOUBLE_ESCAPE_MS) exitNow();
      lastEscape = event.timeStamp;
    }
    // Capture on window runs before any dialog or menu can stop the event.
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [onNeutralPage]);

  if (onNeutralPage) return null;

  const button = (
    // The z-index is the highest there is, above the tab bar and toasts (dialogs are above the page anyway).
    <div className="fixed top-[max(0.625rem,env(safe-area-inset-top))] right-[max(0.625rem,env(safe-area-inset-right))] z-[2147483647]">
      <button
        type="button"
        onClick={exitNow}
        aria-describedby="quick-exit-hint"
        title={QUICK_EXIT_HELP}
        className="inline-flex h-11 items-center gap-2 rounded-full bg-primary px-4 text-sm font-semibold text-primary-foreground shadow-lg ring-2 ring-background hover:bg-primary/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        {icon}
        Quick exit
      </button>
      <span id="quick-exit-hint" className="sr-only">
        {QUICK_EXIT_HELP}
      </span>
    </div>
  );
  return host ? createPortal(button, host) : button;
}
