import { Info } from "lucide-react";
import { cn } from "@/lib/cn";

/**
 * A problem with the whole form (not one field), shown above the submit button. Announced
 * when it appears: the alert region stays in the tree (hidden while empty, so it adds no gap)
 * and a message placed into it is read out.
 */
export function FormError({ message, className }: { message?: string | null; className?: string }) {
  return (
    <div role="alert" className={cn("empty:hidden", className)}>
      {message && (
        <p className="flex items-start gap-2 rounded-md border border-danger/40 bg-danger/5 px-3 py-2.5 text-sm leading-relaxed text-danger">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{message}</span>
        </p>
      )}
    </div>
  );
}
