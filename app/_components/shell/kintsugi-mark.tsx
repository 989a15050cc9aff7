import { cn } from "@/lib/cn";

/**
 * The mark: a bowl mended with a gold seam (the same drawing as the app icons). In dark mode
 * the bowl turns light, where gold alone is faint, so a thin line of the page colour edges the seam.
 * Decorative: the name "Kintsugi" always stands beside it or in its link's label.
 * `className` sets its size (size-7 when none is given), so a caller's classes must include one.
 */
export function KintsugiMark({ className = "size-7" }: { className?: string }) {
  const seam = "M14.9 13 17.2 15.8 15.3 18.6 17.6 21.4 16.5 24.7";
  return (
    <svg viewBox="0 0 32 32" aria-hidden focusable="false" className={cn("shrink-0", className)}>
      <path d="M3.5 12.5h25a12.5 12.5 0 0 1-25 0z" className="fill-foreground" />
      <path d="M11.5 28h9" strokeWidth="2.5" strokeLinecap="round" className="stroke-foreground" />
      <path
        d={seam}
        fill="none"
        strokeWidth="3.2"
        strokeLinejoin="round"
        className="stroke-transparent dark:stroke-background"
      />
      <path d={seam} fill="none" strokeWidth="1.8" strokeLinejoin="round" className="stroke-gold" />
    </svg>
  );
}
