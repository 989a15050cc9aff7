import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { Slot } from "./slot";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0";

const variants = {
  primary: "bg-primary text-primary-foreground hover:bg-primary/90",
  secondary: "bg-secondary text-secondary-foreground hover:bg-secondary/80 border border-border",
  outline: "border border-input bg-transparent hover:bg-muted",
  ghost: "hover:bg-muted",
  gold: "bg-gold-soft text-gold-foreground border border-gold/40 hover:bg-gold-soft/70",
  danger: "bg-danger text-danger-foreground hover:bg-danger/90",
  link: "text-foreground underline underline-offset-4 hover:text-gold-foreground",
};

// Each size sets its own height, padding, text size and wrapping, so a caller never has to
// override them (class names are joined, not merged).
const sizes = {
  sm: "h-9 px-3 text-sm whitespace-nowrap",
  md: "h-11 px-4 text-sm whitespace-nowrap",
  lg: "h-12 px-6 text-base whitespace-nowrap",
  icon: "size-11 text-sm",
  // A long label that may wrap onto a second line on a phone.
  wrap: "min-h-11 px-4 py-2 text-sm",
  // A link-styled button set inside running text.
  inline: "text-sm",
};

type Look = { variant?: keyof typeof variants; size?: keyof typeof sizes };

/** A button's classes, for an element that must look like one without being a <Button>. */
export function buttonVariants({ variant = "primary", size = "md" }: Look = {}) {
  return cn(base, variants[variant], sizes[size]);
}

export type ButtonProps = ComponentProps<"button"> & Look & { asChild?: boolean };

export function Button({ className, variant = "primary", size = "md", asChild, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      className={cn(buttonVariants({ variant, size }), className)}
      type={asChild ? undefined : (type ?? "button")}
      {...props}
    />
  );
}
