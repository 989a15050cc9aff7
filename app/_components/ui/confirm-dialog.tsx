"use client";

import { LoaderCircle } from "lucide-react";
import { useRef, useState, type ReactElement, type ReactNode } from "react";
import { messageOf } from "@/lib/error-words";
import { Button } from "./button";
import { FormError } from "./form";
import { ModalClose, ModalContent, ModalDescription, ModalRoot, ModalTitle, ModalTrigger } from "./modal";

/**
 * Asks before an act that is hard to undo (unlink, delete). The dialog stays open while the
 * act runs, so the person sees it finish or fail; a failure is shown inside, with the choice
 * to try again or step back. `onConfirm` refuses by throwing, or by answering with the
 * sentence to show (a server action's refusal).
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  destructive = false,
  onConfirm,
}: {
  trigger: ReactElement;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  /** Done when it settles; a sentence it answers with is a refusal, shown inside. */
  onConfirm: () => unknown;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  function changeOpen(next: boolean) {
    if (pending) return;
    setOpen(next);
    setError(null);
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const refusal = await onConfirm();
      if (typeof refusal === "string") setError(refusal);
      else setOpen(false);
    } catch (problem) {
      setError(messageOf(problem));
    } finally {
      setPending(false);
    }
  }

  return (
    <ModalRoot open={open} onOpenChange={changeOpen}>
      <ModalTrigger asChild>{trigger}</ModalTrigger>
      <ModalContent
        role="alertdialog"
        aria-busy={pending}
        // The safe answer first, as an alert dialog should: Enter never confirms by accident.
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          cancel.current?.focus({ preventScroll: true });
        }}
        className="fixed top-1/2 left-1/2 grid max-h-[calc(100dvh-8rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto overscroll-contain rounded-xl border border-border bg-card p-6 text-card-foreground shadow-xl transition-[opacity,scale] duration-200 starting:scale-[0.98] starting:opacity-0"
      >
        <div className="grid gap-1.5">
          <ModalTitle className="font-serif text-xl leading-snug">{title}</ModalTitle>
          <ModalDescription className="text-sm leading-relaxed text-muted-foreground">{description}</ModalDescription>
        </div>
        <FormError message={error} />
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <ModalClose asChild>
            <Button ref={cancel} variant="secondary" disabled={pending}>
              {cancelLabel}
            </Button>
          </ModalClose>
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus mid-action. */}
          <Button
            variant={destructive ? "danger" : "primary"}
            onClick={pending ? undefined : confirm}
            aria-disabled={pending}
            className="aria-disabled:cursor-wait aria-disabled:opacity-70"
          >
            {pending && <LoaderCircle aria-hidden className="motion-safe:animate-spin" />}
            {confirmLabel}
          </Button>
        </div>
      </ModalContent>
    </ModalRoot>
  );
}
