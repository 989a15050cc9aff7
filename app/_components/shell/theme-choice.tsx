"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * One radio of the appearance switch (ThemeToggle): the only part of it that needs the browser.
 * The stored choice is only known there, so on the server none is checked and the first client
 * render matches.
 */
export function ThemeChoice({ name, value }: { name: string; value: "light" | "dark" | "system" }) {
  const { theme, setTheme } = useTheme();
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const chosen = hydrated ? (theme ?? "system") : "";
  return (
    <input
      type="radio"
      name={name}
      value={value}
      checked={chosen === value}
      // Only the chosen one is tabbable, as the browser's own Tab order has it, so a dialog
      // that focuses its first tabbable element lands on the current choice.
      tabIndex={chosen && chosen !== value ? -1 : undefined}
      onChange={() => setTheme(value)}
      className="absolute inset-0 cursor-pointer appearance-none rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
    />
  );
}
