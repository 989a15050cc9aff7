"use client";

import type { ReactNode, RefObject } from "react";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/app/_components/ui/sheet";
import { NavLink } from "./nav-link";

/** A section under "More", its icon drawn on the server. */
export type MoreItem = { href: string; label: string; icon: ReactNode };

/**
 * The phone's "More" sheet: the sections without a tab, and the appearance switch. The tab
 * bar loads it on the first tap, so its dialog code is not part of every page's first load;
 * that is also why the tab bar owns the trigger, and focus is handed back to it here.
 */
export function MoreSheet({
  open,
  onOpenChange,
  items,
  appearance,
  trigger,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  items: readonly MoreItem[];
  appearance: ReactNode;
  trigger: RefObject<HTMLButtonElement | null>;
}) {
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
          {items.map(({ href, label, icon }) => (
            <li key={href}>
              <SheetClose asChild>
                <NavLink
                  href={href}
                  seamClassName="inset-y-2.5 left-0 w-0.5"
                  className="relative flex h-12 items-center gap-3 rounded-md px-3 text-base text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground"
                >
                  {icon}
                  {label}
                </NavLink>
              </SheetClose>
            </li>
          ))}
        </ul>
        <div className="grid gap-2 border-t border-border pt-4">
          <p className="text-sm font-medium" id="appearance-label">
            Appearance
          </p>
          {appearance}
        </div>
      </SheetContent>
    </Sheet>
  );
}
