"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useId, useSyncExternalStore } from "react";
import { cn } from "@/lib/cn";

const choices = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
] as const;

const subscribeToNothing = () => () => {};

/**
 * Light, dark, or follow the device. Native radio buttons: one choice, one tab stop, arrow keys
 * between them, all from the browser, with no script to download for it on every page. Each
 * radio covers its segment, transparent, so a tap anywhere on the segment chooses it.
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
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const chosen = hydrated ? (theme ?? "system") : "";
  // Two toggles can be on one page (the sidebar and the More sheet): each is its own group.
  const group = useId();

  return (
    <div
      role="radiogroup"
      aria-label={labelledBy ? undefined : "Appearance"}
      aria-labelledby={labelledBy}
      className={cn("inline-flex rounded-lg border border-border bg-muted p-1", className)}
    >
      {choices.map(({ value, label, icon: Icon }) => (
        <label
          key={value}
          title={compact ? label : undefined}
          className={cn(
            "relative inline-flex h-9 flex-1 items-center justify-center gap-1.5 rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
            "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm dark:has-checked:bg-input/80",
          )}
        >
          <input
            type="radio"
            name={group}
            value={value}
            checked={chosen === value}
            // Only the chosen one is tabbable, as the browser's own Tab order has it, so a dialog
            // that focuses its first tabbable element lands on the current choice.
            tabIndex={chosen && chosen !== value ? -1 : undefined}
            onChange={() => setTheme(value)}
            className="absolute inset-0 cursor-pointer appearance-none rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          />
          <Icon aria-hidden className="size-4" />
          <span className={cn(compact && "sr-only")}>{label}</span>
        </label>
      ))}
    </div>
  );
}
