import { CircleDot, type LucideIcon } from "lucide-react";

/**
 * Icons for dashboard items, by the `kind` a server section gives them. A feature that
 * adds a dashboard section adds its kinds here; unknown kinds get a neutral dot.
 */
const iconByKind: Record<string, LucideIcon> = {};

export function iconForKind(kind: string): LucideIcon {
  return iconByKind[kind] ?? CircleDot;
}
