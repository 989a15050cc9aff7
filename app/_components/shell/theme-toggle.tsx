import { Monitor, Moon, Sun } from "lucide-react";
import { useId } from "react";
import { cn } from "@/lib/cn";
import { ThemeChoice } from "./theme-choice";

const choices = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
] as const;

/**
 * Light, dark, or follow the device. Native radio buttons: one choice, one tab stop, arrow keys
 * between them, all from the browser; drawn on the server, with only the radios themselves
 * (ThemeChoice) in the browser's script. Each radio covers its segment, transparent, so a tap
 * anywhere on the segment chooses it.
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
        // biome-ignore lint/a11y/noLabelWithoutControl: ThemeChoice is the radio inside it.
        <label
          key={value}
          title={compact ? label : undefined}
          className={cn(
            "relative inline-flex h-9 flex-1 items-center justify-center gap-1.5 rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
            "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm dark:has-checked:bg-input/80",
          )}
        >
          <ThemeChoice name={group} value={value} />
          <Icon aria-hidden className="size-4" />
          <span className={cn(compact && "sr-only")}>{label}</span>
        </label>
      ))}
    </div>
  );
}
