import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** `gold` edges the card in gold: what needs the person's eye (an open invite, a surprise). */
export function Card({ className, tone = "plain", ...props }: ComponentProps<"section"> & { tone?: "plain" | "gold" }) {
  const edge = tone === "gold" ? "border-gold/50" : "border-border";
  return (
    <section className={cn("rounded-xl border bg-card text-card-foreground shadow-sm", edge, className)} {...props} />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1 p-5 pb-3", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cn("text-lg font-semibold leading-tight", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Starts flush under a CardHeader; `standalone` (no header above) gives it the card's top padding. */
export function CardContent({
  className,
  standalone = false,
  ...props
}: ComponentProps<"div"> & { standalone?: boolean }) {
  return <div className={cn("px-5 pb-5", standalone ? "pt-5" : "pt-0", className)} {...props} />;
}
