"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Its children on every page but the dashboard, which shows what they would point to. */
export function AwayFromDashboard({ children }: { children: ReactNode }) {
  return usePathname() === "/dashboard" ? null : children;
}
