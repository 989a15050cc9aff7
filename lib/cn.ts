import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names, without merging them: merging cost every page 8 KB of script. So a
 * component sets each property once and takes sizes, tones and shapes as props, and a
 * caller's classes only ever add to its own. In development, a conflict is reported.
 */
export function cn(...inputs: ClassValue[]) {
  const classes = clsx(inputs);
  if (process.env.NODE_ENV === "development") warnOnConflicts(classes);
  return classes;
}

/** Two classes for one property: which wins depends on the stylesheet's order, not on the call. */
function warnOnConflicts(classes: string) {
  const kept = new Set(twMerge(classes).split(" "));
  const overridden = classes.split(/\s+/).filter((name) => name && !kept.has(name));
  if (overridden.length > 0) {
    console.warn(
      `cn(): "${overridden.join(" ")}" conflicts with a later class in "${classes}". Give the component a prop instead.`,
    );
  }
}
