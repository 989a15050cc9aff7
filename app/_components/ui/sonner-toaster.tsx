"use client";

import { Check, Info } from "lucide-react";
import { useSyncExternalStore, type CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";
import { resolvedTheme, subscribeToTheme } from "@/app/_components/shell/theme";

// Sonner ships its own greys; point them at our palette so toasts match light and dark.
const paletteVars = {
  "--normal-bg": "var(--card)",
  "--normal-border": "var(--border)",
  "--normal-text": "var(--card-foreground)",
  "--normal-bg-hover": "var(--muted)",
  "--normal-border-hover": "var(--input)",
  "--gray2": "var(--muted)",
  "--gray5": "var(--input)",
} as CSSProperties;

// Clears the fixed quick exit in the top right corner, so a toast never hides it or sits under it.
const belowQuickExit = { top: 64 };

const lightOnServer = () => "light" as const;

/** Sonner, in our palette and theme. Mounted by <Toaster /> (./toaster.tsx) with the first toast. */
export function SonnerToaster() {
  const theme = useSyncExternalStore(subscribeToTheme, resolvedTheme, lightOnServer);
  return (
    <Sonner
      theme={theme}
      position="top-center"
      offset={belowQuickExit}
      mobileOffset={belowQuickExit}
      closeButton
      style={paletteVars}
      icons={{
        success: <Check aria-hidden className="size-4 text-gold-foreground" />,
        error: <Info aria-hidden className="size-4 text-danger" />,
      }}
      toastOptions={{
        classNames: {
          toast: "font-sans text-sm! shadow-lg!",
          description: "text-muted-foreground!",
        },
      }}
    />
  );
}
