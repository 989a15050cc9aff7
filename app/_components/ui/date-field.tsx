import { writtenDate } from "@/server/domain/calendar-days";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/*
 * Native date and time inputs: on phones they open the system picker, which is accessible,
 * localised and familiar, with nothing to download. They take `register("when")` directly
 * (ref is a prop in React 19). Their value is a local wall-clock string, e.g. "2025-06-14" or
 * "2025-06-14T19:30"; `new Date("2025-06-14T19:30")` reads it as local time, while a date-only
 * string is read as UTC midnight, so keep date-only values as strings until the server needs them.
 */
type NativeProps = Omit<ComponentProps<"input">, "type">;

const temporalBase = cn(
  "h-11 w-full min-w-0 rounded-md border border-input bg-card px-3 text-base text-foreground",
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring disabled:opacity-60 aria-[invalid=true]:border-danger",
  // The native picker and its icon follow the theme instead of staying light in dark mode.
  "scheme-light dark:scheme-dark",
  // iOS Safari centres the value and collapses an empty control; keep it aligned with text inputs.
  "appearance-none [&::-webkit-date-and-time-value]:min-h-[1.5em] [&::-webkit-date-and-time-value]:text-left",
  "[&::-webkit-calendar-picker-indicator]:cursor-pointer [&::-webkit-calendar-picker-indicator]:rounded-sm [&::-webkit-calendar-picker-indicator]:opacity-70 hover:[&::-webkit-calendar-picker-indicator]:opacity-100",
);

export function DateField({ className, ...props }: NativeProps) {
  return <input type="date" className={cn(temporalBase, className)} {...props} />;
}

export function TimeField({ className, ...props }: NativeProps) {
  return <input type="time" className={cn(temporalBase, className)} {...props} />;
}

export function DateTimeField({ className, ...props }: NativeProps) {
  return <input type="datetime-local" className={cn(temporalBase, className)} {...props} />;
}

/** A Date as a DateField value (local calendar day), e.g. for a form's defaultValues. */
export function toDateInputValue(date: Date): string {
  return writtenDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A Date as a DateTimeField value (local wall-clock time, to the minute). */
export function toDateTimeInputValue(date: Date): string {
  const clock = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${toDateInputValue(date)}T${clock}`;
}
