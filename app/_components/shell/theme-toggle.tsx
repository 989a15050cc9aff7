"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { RadioGroup } from "radix-ui";
import { useSyncExternalStore } from "react";
import { cn } from "@/lib/cn";

const choices = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
] as const;

const subscribeToNothing = () => () => {};

/**
 * Light, dark, or follow the device. A radio group: one choice, arrow keys move between them.
 * `compact` shows icons only (the names stay for screen readers and as tooltips), for narrow
 * places; `labelledBy` points at a visible label, otherwise the group is named "Appearance".
 */
export function ThemeToggle({
  compact = false,
  labelledBy,
  className,
}: {
  compact?: boolean;
  labelledBy?: string;
  className?: string;
}) {
  const { theme, setTheme } = useTheme();
  // The stored choice is only known in the browser; render no selection on the server
  // so the first client render matches it.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);

  return (
    <RadioGroup.Root
      aria-label={labelledBy ? undefined : "Appearance"}
      aria-labelledby={labelledBy}
      value={hydrated ? (theme ?? "system") : ""}
      onValueChange={setTheme}
      orientation="horizontal"
      className={cn("inline-flex rounded-lg border border-border bg-muted p-1", className)}
    >
      {choices.map(({ value, label, icon: Icon }) => (
        <RadioGroup.Item
          key={value}
          value={value}
          title={compact ? label : undefined}
          className={cn(
            "inline-flex h-9 flex-1 items-center justify-center gap-1.5 rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors",
            "hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
            "data-[state=checked]:bg-card data-[state=checked]:text-foreground data-[state=checked]:shadow-sm dark:data-[state=checked]:bg-input/80",
          )}
        >
          <Icon aria-hidden className="size-4" />
          <span className={cn(compact && "sr-only")}>{label}</span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
