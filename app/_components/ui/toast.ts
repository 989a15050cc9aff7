import type { ExternalToast } from "sonner";
import { messageOf } from "@/lib/error-words";
import { wantToaster } from "./toaster";

async function sonner() {
  wantToaster();
  return (await import("sonner")).toast;
}

/*
 * Toasts in our tone: short, plain, never alarming. An error stays longer than a success
 * because it usually asks the person to do something, and it accepts the caught error itself
 * so every screen words failures the same way. Raise toasts only through here: it is what
 * loads Sonner and mounts the toaster.
 */
export const toast = {
  success(message: string, options?: ExternalToast) {
    void sonner().then((show) => show.success(message, { duration: 4000, ...options }));
  },
  error(problem: unknown, options?: ExternalToast) {
    const message = typeof problem === "string" ? problem : messageOf(problem);
    void sonner().then((show) => show.error(message, { duration: 8000, ...options }));
  },
};
