import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** The one heading style of a page's title (serif, from globals.css), the same on every page. */
export function PageTitle({ className, ...props }: ComponentProps<"h1">) {
  return <h1 className={cn("text-3xl font-semibold leading-tight", className)} {...props} />;
}
