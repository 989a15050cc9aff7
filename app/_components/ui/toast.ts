import { toast as sonner, type ExternalToast } from "sonner";
import { messageOf } from "@/lib/trpc";

/*
 * Toasts in our tone: short, plain, never alarming. An error stays longer than a success
 * because it usually asks the person to do something, and it accepts the caught error itself
 * so every screen words failures the same way.
 */
export const toast = {
  success(message: string, options?: ExternalToast) {
    return sonner.success(message, { duration: 4000, ...options });
  },
  error(problem: unknown, options?: ExternalToast) {
    const message = typeof problem === "string" ? problem : messageOf(problem);
    return sonner.error(message, { duration: 8000, ...options });
  },
};
