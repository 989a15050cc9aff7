"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { RefObject } from "react";
import { cn } from "@/lib/cn";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/app/_components/ui/sheet";
import { isCurrent, type Destination } from "./destinations";
import { ThemeToggle } from "./theme-toggle";

/**
 * The phone's "More" sheet: the sections without a tab, and the appearance switch. The tab
 * bar loads it on the first tap, so its dialog code is not part of every page's first load;
 * that is also why the tab bar owns the trigger, and focus is handed back to it here.
 */
export function MoreSheet({
  open,
  onOpenChange,
  destinations,
  trigger,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  destinations: readonly Destination[];
  trigger: RefObject<HTMLButtonElement | null>;
}) {
  const pathname = usePathname();
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="bottom"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          trigger.current?.focus();
        }}
      >
        <SheetHeader>
          <SheetTitle>More</SheetTitle>
          <SheetDescription>The rest of your shared space.</SheetDescription>
        </SheetHeader>
        <ul className="grid gap-1">
          {destinations.map(({ href, label, icon: Icon }) => {
            const current = isCurrent(pathname, href);
            return (
              <li key={href}>
                <SheetClose asChild>
                  <Link
                    href={href}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "relative flex h-12 items-center gap-3 rounded-md px-3 text-base",
                      "focus-visible:outline-2 focus-visible:outline-ring",
                      current
                        ? "bg-muted font-medium text-foreground"
                        : "text-muted-foreground hover:bg-muted hover:text-foreground",
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
  );
}
