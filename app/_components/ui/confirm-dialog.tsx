"use client";

import { AlertDialog } from "radix-ui";
import { LoaderCircle } from "lucide-react";
import { useState, type ReactElement, type ReactNode } from "react";
import { messageOf } from "@/lib/trpc";
import { Button } from "./button";
import { FormError } from "./form";

/**
 * Asks before an act that is hard to undo (unlink, delete). The dialog stays open while the
 * act runs, so the person sees it finish or fail; a failure is shown inside, with the choice
 * to try again or step back.
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
  onConfirm: () => Promise<void> | void;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function changeOpen(next: boolean) {
    if (pending) return;
    setOpen(next);
    setError(null);
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (problem) {
      setError(messageOf(problem));
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={changeOpen}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-foreground/40 backdrop-blur-[2px] dark:bg-black/60 transition-opacity duration-200 starting:opacity-0" />
        <AlertDialog.Content
          aria-busy={pending}
          className="fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-8rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border border-border bg-card p-6 text-card-foreground shadow-xl transition-[opacity,scale] duration-200 starting:scale-[0.98] starting:opacity-0"
        >
          <div className="grid gap-1.5">
            <AlertDialog.Title className="font-serif text-xl leading-snug">{title}</AlertDialog.Title>
            <AlertDialog.Description className="text-sm leading-relaxed text-muted-foreground">
              {description}
            </AlertDialog.Description>
          </div>
          <FormError message={error} />
          <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
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
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
