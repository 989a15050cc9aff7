import type { ComponentProps } from "react";

/** Text for screen readers only: a name for an icon, or context a sighted person gets from layout. */
export function VisuallyHidden(props: ComponentProps<"span">) {
  return <span className="sr-only" {...props} />;
}
