import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

/** The dashboard as the client receives it: here, so the view and every panel import it without importing one another. */
export type Dashboard = inferRouterOutputs<AppRouter>["dashboard"]["get"];
