import { cn } from "@/lib/cn";
import type { ReadinessStateName } from "@/server/readiness/states";
import { readinessLooks, toneClasses } from "./readiness-states";

/**
 * The partner's talk readiness in a few words, for the shell header (AppShell's
 * `partnerStatus`), so it is the first thing seen on every page. Rendered on the server and
 * again on each of the partner's readiness changes (shell-views.tsx).
 */
export function PartnerReadinessStatus({ state }: { state: ReadinessStateName | null }) {
  if (!state) return null;
  const look = readinessLooks[state];
  const Icon = look.icon;
  return (
    <span className={cn("inline-flex items-center gap-1", toneClasses[look.tone].text)} data-testid="partner-status">
      <Icon aria-hidden className="size-3.5" />
      {look.label}
    </span>
  );
}
