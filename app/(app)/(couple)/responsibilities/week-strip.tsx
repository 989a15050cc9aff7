import { Check } from "lucide-react";
import { ActionForm, type ViewAnswer } from "@/app/_components/actions/action-form";
import { cn } from "@/lib/cn";
import { longDay, shortDay } from "./cadence";

type Day = { day: string; checked: boolean; counts: boolean };

/**
 * The last seven days. For the owner each countable day is a toggle (check off a day they
 * forgot, or undo a mistaken tap), the server action `toggle` gives for it; for the partner it
 * is a quiet picture of the week. Rendered on the server, toggles included.
 */
export function WeekStrip({
  label,
  days,
  today,
  toggle,
}: {
  label: string;
  days: Day[];
  today: string;
  toggle?: (day: string, checked: boolean) => () => Promise<ViewAnswer>;
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-7 gap-1">
      {days.map((d) => {
        // Days that keep nothing (before it began, or not a chosen day) are drawn dashed, not faded: faded text fails contrast.
        const name = `${d.day === today ? "Today" : longDay(d.day)}${d.checked ? ", done" : d.counts ? "" : ", not counted"}`;
        const body = (
          <>
            <span className="text-xs leading-none text-muted-foreground">{shortDay(d.day).split(" ")[0]}</span>
            <span
              className={cn(
                "flex size-7 items-center justify-center rounded-full border text-xs",
                d.checked ? "border-gold bg-gold-soft" : d.counts ? "border-input" : "border-dashed border-border",
              )}
            >
              {d.checked ? (
                <Check aria-hidden className="size-4 text-gold-foreground" />
              ) : (
                shortDay(d.day).split(" ")[1]
              )}
            </span>
          </>
        );
        const base = cn(
          "flex min-h-14 w-full flex-col items-center justify-center gap-1 rounded-md",
          d.day === today && "bg-muted",
        );
        return (
          <li key={d.day}>
            {toggle && d.counts ? (
              <ActionForm action={toggle(d.day, d.checked)}>
                <button
                  type="submit"
                  aria-pressed={d.checked}
                  aria-label={name}
                  className={cn(
                    base,
                    "hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-60",
                  )}
                >
                  {body}
                </button>
              </ActionForm>
            ) : (
              <div className={base} aria-label={name} role="img">
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
