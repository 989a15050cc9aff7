/*
 * The modal dialogs open now, the last one on top. A native modal makes everything outside it
 * inert, so what must stay usable over any dialog (the quick exit, toasts) renders inside the
 * top one while it is open.
 */
const openModals: HTMLElement[] = [];
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

export function subscribeToModalHost(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The open modal on top, or null when none is open. */
export function modalHost(): HTMLElement | null {
  return openModals.at(-1) ?? null;
}

/** For server rendering: no dialog is ever open there. */
export function noModalHost(): HTMLElement | null {
  return null;
}

export function modalOpened(modal: HTMLElement) {
  openModals.push(modal);
  changed();
}

export function modalClosed(modal: HTMLElement) {
  const index = openModals.indexOf(modal);
  if (index === -1) return;
  openModals.splice(index, 1);
  changed();
}
