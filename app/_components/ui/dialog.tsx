"use client";

import { X } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { ModalClose, ModalContent, ModalDescription, ModalRoot, ModalTitle, ModalTrigger } from "./modal";

export const Dialog = ModalRoot;
export const DialogTrigger = ModalTrigger;
export const DialogClose = ModalClose;

/** The corner button that closes a dialog or a sheet. */
export function CloseButton({ className }: { className: string }) {
  return (
    <ModalClose
      className={cn(
        "absolute right-3 inline-flex size-10 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring",
        className,
      )}
    >
      <X aria-hidden className="size-4" />
      <span className="sr-only">Close</span>
    </ModalClose>
  );
}

export function DialogContent({
  className,
  children,
  showClose = true,
  ...props
}: ComponentProps<typeof ModalContent> & { showClose?: boolean }) {
  return (
    <ModalContent
      className={cn(
        // The height cap keeps the top edge below the fixed quick exit on short screens.
        "fixed top-1/2 left-1/2 grid max-h-[calc(100dvh-8rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto overscroll-contain rounded-xl border border-border bg-card p-6 text-card-foreground shadow-xl",
        "transition-[opacity,scale] duration-200 starting:scale-[0.98] starting:opacity-0",
        className,
      )}
      {...props}
    >
      {children}
      {showClose && <CloseButton className="top-3" />}
    </ModalContent>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid gap-1.5 pr-8", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<"h2">) {
  return <ModalTitle className={cn("font-serif text-xl leading-snug", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<"p">) {
  return <ModalDescription className={cn("text-sm leading-relaxed text-muted-foreground", className)} {...props} />;
}
