"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { CloseButton } from "./dialog";
import { ModalClose, ModalContent, ModalDescription, ModalRoot, ModalTitle, ModalTrigger } from "./modal";

export const Sheet = ModalRoot;
export const SheetTrigger = ModalTrigger;
export const SheetClose = ModalClose;

const sides = {
  // Side sheets start below the fixed quick exit (top right) so it never hides their header.
  right:
    "inset-y-0 right-0 w-[min(22rem,calc(100%-3rem))] border-l border-border px-5 pt-16 pb-6 starting:translate-x-4",
  left: "inset-y-0 left-0 w-[min(22rem,calc(100%-3rem))] border-r border-border px-5 pt-16 pb-6 starting:-translate-x-4",
  bottom:
    "inset-x-0 bottom-0 max-h-[calc(100dvh-5rem)] rounded-t-xl border-t border-border px-5 pt-5 pb-[max(1.5rem,env(safe-area-inset-bottom))] starting:translate-y-4",
};

export function SheetContent({
  side = "right",
  className,
  children,
  ...props
}: ComponentProps<typeof ModalContent> & { side?: keyof typeof sides }) {
  return (
    <ModalContent
      className={cn(
        "fixed flex flex-col gap-4 overflow-y-auto overscroll-contain bg-card text-card-foreground shadow-xl transition-[opacity,translate] duration-200 starting:opacity-0",
        sides[side],
        className,
      )}
      {...props}
    >
      {children}
      <CloseButton className={side === "bottom" ? "top-3" : "top-14"} />
    </ModalContent>
  );
}

export function SheetHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid gap-1 pr-10", className)} {...props} />;
}

export function SheetFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-auto flex flex-col gap-2", className)} {...props} />;
}

export function SheetTitle({ className, ...props }: ComponentProps<"h2">) {
  return <ModalTitle className={cn("font-serif text-xl leading-snug", className)} {...props} />;
}

export function SheetDescription({ className, ...props }: ComponentProps<"p">) {
  return <ModalDescription className={cn("text-sm text-muted-foreground", className)} {...props} />;
}
