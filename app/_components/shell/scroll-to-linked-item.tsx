"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** How long a page may take to stream in the item a link points at. */
const WAIT_FOR_ITEM_MS = 5_000;

/** The part of the window not covered by the sticky header and (on phones) the tab bar. */
function uncoveredHeight() {
  const header = document.querySelector<HTMLElement>("[data-shell-header]")?.offsetHeight ?? 0;
  const tabBar = document.querySelector<HTMLElement>("[data-tab-bar]");
  const tabBarHeight = tabBar && getComputedStyle(tabBar).display !== "none" ? tabBar.offsetHeight : 0;
  return window.innerHeight - header - tabBarHeight;
}

function reveal(item: HTMLElement) {
  // Whole when it fits between the header and the tab bar (its buttons included), else from its top.
  const fits = item.getBoundingClientRect().height <= uncoveredHeight() - 16;
  item.scrollIntoView({ block: fits ? "center" : "start" });
  item.setAttribute("data-linked", "");
  // Screen readers start reading at the item too.
  if (!item.hasAttribute("tabindex")) item.setAttribute("tabindex", "-1");
  item.focus({ preventScroll: true });
}

/**
 * A link to one item (`/vents#vent-…`) lands on that item. The browser can't be relied on
 * for this: a client-side navigation shows the page's loading state first, and even a page
 * loaded whole streams the item in after its loading state. This waits until the item is
 * shown, then scrolls it clear of the header and the tab bar, and marks it (`data-linked`,
 * as `:target` would).
 */
export function ScrollToLinkedItem() {
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a client-side navigation to a new path is what brings a new linked item.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    let frame = 0;
    const tryReveal = () => {
      const item = document.getElementById(id);
      // On a page loaded whole, streamed content first arrives in a hidden holder that React
      // moves into place a moment later; scrolling to it there does nothing.
      if (!item || item.getClientRects().length === 0) return false;
      // After the frame in which Next scrolls the new page to its top.
      frame = requestAnimationFrame(() => reveal(item));
      return true;
    };
    if (tryReveal()) return () => cancelAnimationFrame(frame);
    const observer = new MutationObserver(() => {
      if (tryReveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_ITEM_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [pathname]);
  return null;
}
