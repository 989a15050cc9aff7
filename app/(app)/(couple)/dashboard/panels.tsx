import type { ComponentType } from "react";
import type { Dashboard } from "./dashboard-type";
import { ReadinessPanel } from "./readiness-panel";
import { PacePanel } from "./pace-panel";
import { TodayPanel } from "../responsibilities/today";
import { UpcomingDatesPanel } from "../dates/upcoming-panel";

/**
 * Feature panels on the dashboard, in order. "top" panels sit under the day count
 * (the partner's talk readiness goes first); "main" panels follow the Your turn /
 * Waiting lists. A feature adds its panel with one line here.
 */
export const dashboardPanels: {
  key: string;
  slot: "top" | "main";
  Component: ComponentType<{ dashboard: Dashboard }>;
}[] = [
  { key: "readiness", slot: "top", Component: ReadinessPanel },
  { key: "pace", slot: "main", Component: PacePanel },
  { key: "today", slot: "main", Component: TodayPanel },
  { key: "dates", slot: "main", Component: UpcomingDatesPanel },
];
