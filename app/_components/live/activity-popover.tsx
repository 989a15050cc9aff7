"use client";

import type { ReactNode } from "react";

/**
 * The browser's own popover for the "what changed" list: it opens from its button, closes
 * on Escape or a tap outside, and here also when one of its links is followed (a client-side
 * navigation leaves the page, and the popover, in place).
 */
export function ActivityPopover({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the links inside are what is clicked; this only closes the list after.
    // biome-ignore lint/a11y/useKeyWithClickEvents: a link followed by keyboard fires click too.
    <div
      id={id}
      popover="auto"
      data-testid="unread-activity-list"
      className={className}
      onClick={(event) => {
        if ((event.target as Element).closest("a")) event.currentTarget.hidePopover();
      }}
    >
      {children}
    </div>
  );
}
