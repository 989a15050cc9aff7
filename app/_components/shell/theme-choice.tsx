"use client";

import { useSyncExternalStore } from "react";
import { chooseTheme, storedTheme, subscribeToTheme, type ThemeChoice as Choice } from "./theme";

/** The server can't know the stored choice: none is checked there, and the first client render matches. */
const unknownOnServer = () => "";

/** One radio of the appearance switch (ThemeToggle): the only part of it that needs the browser. */
export function ThemeChoice({ name, value }: { name: string; value: Choice }) {
  const chosen = useSyncExternalStore(subscribeToTheme, storedTheme, unknownOnServer);
  return (
    <input
      type="radio"
      name={name}
      value={value}
      checked={chosen === value}
      // Only the chosen one is tabbable, as the browser's own Tab order has it, so a dialog
      // that focuses its first tabbable element lands on the current choice.
      tabIndex={chosen && chosen !== value ? -1 : undefined}
      onChange={() => chooseTheme(value)}
      className="absolute inset-0 cursor-pointer appearance-none rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
    />
  );
}
