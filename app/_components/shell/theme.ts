/*
 * Light, dark or the device's scheme, kept in this browser (localStorage "theme"). ThemeScript
 * applies it to <html> before the first paint, and again on every "storage" event for the key:
 * another tab's choice, or this tab's (chooseTheme raises the same event), and whenever the
 * device's scheme changes. This is what the appearance switch and the toasts read.
 */
export type ThemeChoice = "light" | "dark" | "system";

export const THEME_KEY = "theme";

const darkScheme = "(prefers-color-scheme: dark)";

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** The scheme on screen now. */
export function resolvedTheme(): "light" | "dark" {
  const choice = storedTheme();
  if (choice !== "system") return choice;
  return matchMedia(darkScheme).matches ? "dark" : "light";
}

export function subscribeToTheme(listener: () => void) {
  const device = matchMedia(darkScheme);
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_KEY) listener();
  };
  device.addEventListener("change", listener);
  window.addEventListener("storage", onStorage);
  return () => {
    device.removeEventListener("change", listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function chooseTheme(choice: ThemeChoice) {
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage switched off: the device's scheme stays.
  }
  // A tab hears no storage event for its own change: raise it, so the page applies it as any other.
  window.dispatchEvent(new StorageEvent("storage", { key: THEME_KEY, newValue: choice }));
}
