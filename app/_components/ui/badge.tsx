import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/*
 * Quiet labels: effort and states, never alarms. There is deliberately no red variant;
 * a badge describes, it does not shame.
 */
const tones = {
  neutral: "border-border bg-muted text-foreground",
  gold: "border-gold/40 bg-gold-soft text-gold-foreground",
  calm: "border-calm/30 bg-calm-soft text-calm",
  space: "border-space/30 bg-space-soft text-space",
  vent: "border-vent/30 bg-vent-soft text-vent",
  outline: "border-input bg-transparent text-muted-foreground",
};

export type BadgeProps = ComponentProps<"span"> & { tone?: keyof typeof tones };

export function Badge({ className, tone = "neutral", ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3.5 [&_svg]:shrink-0",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
