"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { PendingSeam } from "./pending-seam";

/** A section is current on its own page and on any page beneath it (/dates/123). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * A link to a section of the space, the only part of the navigation that needs the browser
 * (for the current address). The current one has aria-current="page", which its classes style
 * (`aria-[current=page]:`, `group-aria-[current=page]:` inside), and a gold seam as well; any
 * other pulses a fainter seam while the page it leads to is on its way. `seamClassName` places
 * the seam.
 */
export function NavLink({
  href,
  seamClassName,
  className,
  children,
  ...props
}: ComponentProps<typeof Link> & { href: string; seamClassName: string }) {
  const current = isCurrent(usePathname(), href);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={cn("group", className)} {...props}>
      {current ? (
        <span aria-hidden className={cn("absolute rounded-full bg-gold", seamClassName)} />
      ) : (
        <PendingSeam className={seamClassName} />
      )}
      {children}
    </Link>
  );
}
