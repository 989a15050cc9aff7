import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type PlanListPage = Outputs["dates"]["list"];
export type PlanForViewer = PlanListPage["plans"][number];
export type PlanDetail = Outputs["dates"]["get"];
export type Idea = Outputs["dates"]["ideas"][number];
