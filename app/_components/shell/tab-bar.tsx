"use client";

import { Ellipsis } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/app/_components/ui/sheet";
import { destinations, isCurrent } from "./destinations";
import { ThemeToggle } from "./theme-toggle";

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

  return (
    <nav
      aria-label="Main"
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
                {current && <CurrentSeam />}
                <Icon aria-hidden className="size-5" strokeWidth={current ? 2.25 : 1.75} />
                {tabLabel ?? label}
              </Link>
            </li>
          );
        })}
        <li>
          <Sheet>
            <SheetTrigger className={cn(tabClass, moreIsCurrent ? "text-foreground" : "text-muted-foreground")}>
              {moreIsCurrent && <CurrentSeam />}
              <Ellipsis aria-hidden className="size-5" />
              More
            </SheetTrigger>
            <SheetContent side="bottom">
              <SheetHeader>
                <SheetTitle>More</SheetTitle>
                <SheetDescription>The rest of your shared space.</SheetDescription>
              </SheetHeader>
              <ul className="grid gap-1">
                {more.map(({ href, label, icon: Icon }) => {
                  const current = isCurrent(pathname, href);
                  return (
                    <li key={href}>
                      <SheetClose asChild>
                        <Link
                          href={href}
                          aria-current={current ? "page" : undefined}
                          className={cn(
                            "relative flex h-12 items-center gap-3 rounded-md px-3 text-base text-muted-foreground hover:bg-muted hover:text-foreground",
                            "focus-visible:outline-2 focus-visible:outline-ring",
                            current && "bg-muted font-medium text-foreground",
                          )}
                        >
                          {current && <span aria-hidden className="absolute inset-y-2.5 left-0 w-0.5 rounded-full bg-gold" />}
                          <Icon aria-hidden className="size-5 shrink-0" />
                          {label}
                        </Link>
                      </SheetClose>
                    </li>
                  );
                })}
              </ul>
              <div className="grid gap-2 border-t border-border pt-4">
                <p className="text-sm font-medium" id="appearance-label">
                  Appearance
                </p>
                <ThemeToggle className="w-full" labelledBy="appearance-label" />
              </div>
            </SheetContent>
          </Sheet>
        </li>
      </ul>
    </nav>
  );
}
