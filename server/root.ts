import { accountRouter } from "./account/router";
import { coupleRouter } from "./couple/router";
import { dashboardRouter } from "./dashboard/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  couple: coupleRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
