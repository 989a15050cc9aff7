"use client";

import {
  createContext,
  use,
  useCallback,
  useId,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { createPortal } from "react-dom";
import { modalClosed, modalHost, modalOpened } from "./modal-host";
import { composeRefs, Slot } from "./slot";

/*
 * The browser's own modal <dialog> under Dialog, Sheet and ConfirmDialog: showModal() puts it
 * above everything, makes the page behind it inert, closes it on Escape and hands focus back
 * when it closes. What is left here: open state for React, where focus goes first, a click on
 * the dimmed backdrop, and holding the page still (globals.css).
 */

type ModalState = {
  open: boolean;
  setOpen: (open: boolean) => void;
  titleId: string;
  descriptionId: string;
  trigger: RefObject<HTMLElement | null>;
};

const ModalContext = createContext<ModalState | null>(null);

function useModal(part: string): ModalState {
  const modal = use(ModalContext);
  if (!modal) throw new Error(`${part} belongs inside its Dialog, Sheet or ConfirmDialog.`);
  return modal;
}

export function ModalRoot({
  open: controlledOpen,
  defaultOpen = false,
  onOpenChange,
  children,
}: {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}) {
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const open = controlledOpen ?? ownOpen;
  const setOpen = useCallback(
    (next: boolean) => {
      if (next === open) return;
      if (controlledOpen === undefined) setOwnOpen(next);
      onOpenChange?.(next);
    },
    [open, controlledOpen, onOpenChange],
  );
  const id = useId();
  const trigger = useRef<HTMLElement>(null);
  return (
    <ModalContext value={{ open, setOpen, titleId: `${id}-title`, descriptionId: `${id}-description`, trigger }}>
      {children}
    </ModalContext>
  );
}

type ButtonLikeProps = ComponentProps<"button"> & { asChild?: boolean };

export function ModalTrigger({ asChild, onClick, ref, ...props }: ButtonLikeProps) {
  const modal = useModal("DialogTrigger");
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : "button"}
      aria-haspopup="dialog"
      aria-expanded={modal.open}
      data-state={modal.open ? "open" : "closed"}
      {...props}
      ref={composeRefs(ref, (node: HTMLButtonElement | null) => {
        modal.trigger.current = node;
      })}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) modal.setOpen(!modal.open);
      }}
    />
  );
}

export function ModalClose({ asChild, onClick, ...props }: ButtonLikeProps) {
  const modal = useModal("DialogClose");
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : "button"}
      {...props}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) modal.setOpen(false);
      }}
    />
  );
}

export function ModalTitle(props: ComponentProps<"h2">) {
  return <h2 id={useModal("DialogTitle").titleId} {...props} />;
}

export function ModalDescription(props: ComponentProps<"p">) {
  return <p id={useModal("DialogDescription").descriptionId} {...props} />;
}

/** Called as the dialog opens or closes; `preventDefault()` keeps focus where the handler put it. */
export type AutoFocusHandler = (event: Event) => void;

type ContentProps = ComponentProps<"div"> & {
  /** An alert dialog asks for an answer: a click beside it does not close it. */
  role?: "dialog" | "alertdialog";
  onOpenAutoFocus?: AutoFocusHandler;
  onCloseAutoFocus?: AutoFocusHandler;
};

/** The dimmed backdrop shared by dialogs and sheets. */
const overlayClass =
  "fixed inset-0 bg-foreground/40 backdrop-blur-[2px] transition-opacity duration-200 starting:opacity-0 dark:bg-black/60";

/** The panel, in a <dialog> that covers the screen (so the quick exit can sit in it, see modal-host.ts). */
export function ModalContent(props: ContentProps) {
  const modal = useModal("DialogContent");
  // Not rendered while closed, as before: a form inside starts afresh each time it opens.
  if (!modal.open) return null;
  return createPortal(<OpenModal modal={modal} {...props} />, document.body);
}

const focusable = "button, input, select, textarea, summary, [tabindex]";

/** Where focus goes first: the first control that is not a link (a link would read as a jump), else the panel. */
function focusFirst(panel: HTMLElement) {
  const first = Array.from(panel.querySelectorAll<HTMLElement>(focusable)).find(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(":disabled") &&
      !(element instanceof HTMLInputElement && element.type === "hidden") &&
      element.getClientRects().length > 0,
  );
  (first ?? panel).focus({ preventScroll: true });
  if (first instanceof HTMLInputElement) first.select();
}

function OpenModal({
  modal,
  role = "dialog",
  onOpenAutoFocus,
  onCloseAutoFocus,
  className,
  children,
  ...props
}: ContentProps & { modal: ModalState }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const latest = useRef({ modal, role, onOpenAutoFocus, onCloseAutoFocus });
  const [, checkStillOpen] = useReducer((renders: number) => renders + 1, 0);

  useLayoutEffect(() => {
    latest.current = { modal, role, onOpenAutoFocus, onCloseAutoFocus };
  });

  useLayoutEffect(() => {
    const element = dialog.current;
    const content = panel.current;
    if (!element || !content) return;
    const focusedBefore = document.activeElement;
    // The page behind stops scrolling (globals.css) and loses its scrollbar: the scrollbar's width
    // goes to the page's margin instead, so nothing behind the backdrop shifts sideways.
    const root = document.documentElement;
    if (!modalHost()) root.style.setProperty("--scrollbar-width", `${window.innerWidth - root.clientWidth}px`);
    element.showModal();
    modalOpened(element);
    const opening = new Event("open-auto-focus", { cancelable: true });
    latest.current.onOpenAutoFocus?.(opening);
    if (!opening.defaultPrevented) focusFirst(content);

    // Escape: the callers decide, as with any other way of closing (a running action may refuse).
    const onCancel = (event: Event) => {
      event.preventDefault();
      latest.current.modal.setOpen(false);
    };
    // Some close requests can't be refused (a second Escape in a row): tell the caller, and show
    // the dialog again below if it is still meant to be open.
    const onClose = () => {
      latest.current.modal.setOpen(false);
      checkStillOpen();
    };
    const onClick = (event: globalThis.MouseEvent) => {
      if (event.target === overlay.current && latest.current.role === "dialog") latest.current.modal.setOpen(false);
    };
    element.addEventListener("cancel", onCancel);
    element.addEventListener("close", onClose);
    element.addEventListener("click", onClick);
    return () => {
      element.removeEventListener("cancel", onCancel);
      element.removeEventListener("close", onClose);
      element.removeEventListener("click", onClick);
      modalClosed(element);
      element.close();
      if (!modalHost()) root.style.removeProperty("--scrollbar-width");
      const closing = new Event("close-auto-focus", { cancelable: true });
      latest.current.onCloseAutoFocus?.(closing);
      if (closing.defaultPrevented) return;
      // The trigger, even where a click did not focus it (Safari), else whatever had focus before.
      const back = latest.current.modal.trigger.current ?? focusedBefore;
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    };
  }, []);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  });

  return (
    <dialog
      ref={dialog}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={modal.titleId}
      aria-describedby={modal.descriptionId}
      className="fixed inset-0 m-0 size-full max-h-none max-w-none overflow-hidden border-0 bg-transparent p-0 text-foreground backdrop:bg-transparent"
    >
      <div ref={overlay} aria-hidden className={overlayClass} />
      <div ref={panel} tabIndex={-1} className={className} {...props}>
        {children}
      </div>
    </dialog>
  );
}
