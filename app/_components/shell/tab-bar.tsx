"use client";

import { Ellipsis } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { cn } from "@/lib/cn";
import { destinations, isCurrent } from "./destinations";
import { PendingSeam } from "./pending-seam";

// The sheet and its dialog code load with the first tap on "More" (a head start on pointer-down
// or focus), not with every page.
const preloadMoreSheet = () => void import("./more-sheet");
const MoreSheet = dynamic(() => import("./more-sheet").then((module) => module.MoreSheet), { ssr: false });

const tabs = destinations.filter((destination) => destination.inTabBar);
const more = destinations.filter((destination) => !destination.inTabBar);

const tabClass =
  "relative flex h-full w-full flex-col items-center justify-center gap-1 px-1 text-[0.6875rem] font-medium leading-none transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring";

/** A short gold seam above the current tab, alongside its colour. */
function CurrentSeam() {
  return <span aria-hidden className="absolute top-0 left-1/2 h-0.5 w-8 -translate-x-1/2 rounded-full bg-gold" />;
}

/** The phone navigation: the main sections as tabs at the bottom, the rest under "More". */
export function TabBar() {
  const pathname = usePathname();
  const moreIsCurrent = more.some(({ href }) => isCurrent(pathname, href));
  const moreButton = useRef<HTMLButtonElement>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  // Once opened, the sheet stays mounted, closed, like any other.
  const [moreWanted, setMoreWanted] = useState(false);

  return (
    <nav
      aria-label="Main"
      data-tab-bar
      className="fixed inset-x-0 bottom-0 z-40 border-t border-border bg-background/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
    >
      <ul className="grid h-16 grid-cols-5">
        {tabs.map(({ href, label, tabLabel, icon: Icon }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(tabClass, current ? "text-foreground" : "text-muted-foreground")}
              >
                {current ? <CurrentSeam /> : <PendingSeam className="top-0 left-1/2 h-0.5 w-8 -translate-x-1/2" />}
                <Icon aria-hidden className="size-5" strokeWidth={current ? 2.25 : 1.75} />
                {tabLabel ?? label}
              </Link>
            </li>
          );
        })}
        <li>
          <button
            ref={moreButton}
            type="button"
            aria-haspopup="dialog"
            aria-expanded={moreOpen}
            onPointerDown={preloadMoreSheet}
            onFocus={preloadMoreSheet}
            onClick={() => {
              setMoreWanted(true);
              setMoreOpen(true);
            }}
            className={cn(tabClass, moreIsCurrent ? "text-foreground" : "text-muted-foreground")}
          >
            {moreIsCurrent && <CurrentSeam />}
            <Ellipsis aria-hidden className="size-5" />
            More
          </button>
          {moreWanted && (
            <MoreSheet open={moreOpen} onOpenChange={setMoreOpen} destinations={more} trigger={moreButton} />
          )}
        </li>
      </ul>
    </nav>
  );
}
