import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** One placeholder block. Hidden from screen readers: the composition around it announces loading once. */
export function Skeleton({
  className,
  shape = "block",
  ...props
}: ComponentProps<"div"> & { shape?: "block" | "circle" }) {
  const corners = shape === "circle" ? "rounded-full" : "rounded-md";
  return <div aria-hidden className={cn(corners, "bg-muted motion-safe:animate-pulse", className)} {...props} />;
}

function Loading({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="status" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

/** Rows shaped like a list of cards with a title and a line of detail. */
export function ListSkeleton({
  rows = 3,
  label = "Loading…",
  className,
}: {
  rows?: number;
  label?: string;
  className?: string;
}) {
  return (
    <Loading label={label} className={cn("grid gap-3", className)}>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex items-center gap-3 rounded-xl border border-border bg-card p-4">
          <Skeleton shape="circle" className="size-10 shrink-0" />
          <div className="grid flex-1 gap-2">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        </div>
      ))}
    </Loading>
  );
}

/** A card with a heading and a short paragraph. */
export function CardSkeleton({ label = "Loading…", className }: { label?: string; className?: string }) {
  return (
    <Loading label={label} className={cn("grid gap-3 rounded-xl border border-border bg-card p-5", className)}>
      <Skeleton className="h-5 w-1/3" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-5/6" />
      <Skeleton className="mt-2 h-9 w-28" />
    </Loading>
  );
}
