"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/cn";
import { readinessLooks, toneClasses } from "./readiness-states";

/**
 * The partner's talk readiness in a few words, for the shell header (AppShell's
 * `partnerStatus`), so it is the first thing seen on every page. Live like the rest.
 */
export function PartnerReadinessStatus() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.readiness.get.queryOptions());
  const partner = data?.partner;
  if (!partner) return null;
  const look = readinessLooks[partner.state];
  const Icon = look.icon;
  return (
    <span className={cn("inline-flex items-center gap-1", toneClasses[look.tone].text)} data-testid="partner-status">
      <Icon aria-hidden className="size-3.5" />
      {look.label}
    </span>
  );
}
