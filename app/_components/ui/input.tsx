import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const fieldBase =
  "w-full rounded-md border border-input bg-card px-3 text-base text-foreground placeholder:text-muted-foreground/80 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring disabled:opacity-60 aria-[invalid=true]:border-danger";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(fieldBase, "h-11", className)} {...props} />;
}

const textareaHeights = { short: "min-h-16", medium: "min-h-20", tall: "min-h-28" } as const;

export function Textarea({
  className,
  height = "tall",
  ...props
}: ComponentProps<"textarea"> & { height?: keyof typeof textareaHeights }) {
  return <textarea className={cn(fieldBase, textareaHeights[height], "py-2 leading-relaxed", className)} {...props} />;
}
