"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { modalHost, noModalHost, subscribeToModalHost } from "./modal-host";

// Sonner and its styles (about 10 KB gzip) arrive with the first toast: no page shows one at first paint.
const SonnerToaster = dynamic(() => import("./sonner-toaster").then((module) => module.SonnerToaster), { ssr: false });

let wanted = false;
const listeners = new Set<() => void>();

/** Mounts the toaster, once, for a toast about to be raised (Sonner shows toasts raised before it mounted). */
export function wantToaster() {
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Where toasts appear. Render once, in the root layout. */
export function Toaster() {
  const shown = useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
  // Over an open modal dialog, toasts show inside it, or the dialog would hold them behind its backdrop
  // (Sonner shows the toasts still on screen again when it moves).
  const host = useSyncExternalStore(subscribeToModalHost, modalHost, noModalHost);
  if (!shown) return null;
  return host ? createPortal(<SonnerToaster />, host) : <SonnerToaster />;
}
