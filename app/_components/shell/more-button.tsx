"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { MoreItem } from "./more-sheet";
import { isCurrent } from "./nav-link";

// The sheet and its dialog code load with the first tap on "More" (a head start on pointer-down
// or focus), not with every page.
const preloadMoreSheet = () => void import("./more-sheet");
const MoreSheet = dynamic(() => import("./more-sheet").then((module) => module.MoreSheet), { ssr: false });

/**
 * The tab bar's "More": opens the sheet with the sections that have no tab, and is marked as
 * current (`data-current`, and the gold seam) when one of them is. Its icon and label come
 * drawn from the server as children, and so do the sheet's items and appearance switch.
 */
export function MoreButton({
  items,
  appearance,
  className,
  seamClassName,
  children,
}: {
  items: MoreItem[];
  appearance: ReactNode;
  className: string;
  seamClassName: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = items.some(({ href }) => isCurrent(pathname, href));
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Once opened, the sheet stays mounted, closed, like any other.
  const [wanted, setWanted] = useState(false);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-current={current || undefined}
        onPointerDown={preloadMoreSheet}
        onFocus={preloadMoreSheet}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
        className={className}
      >
        {current && <span aria-hidden className={cn("absolute rounded-full bg-gold", seamClassName)} />}
        {children}
      </button>
      {wanted && (
        <MoreSheet open={open} onOpenChange={setOpen} items={items} appearance={appearance} trigger={button} />
      )}
    </>
  );
}
