import { coupleProcedure, createTRPCRouter } from "../trpc";
import { loadDashboard } from "./service";

export const dashboardRouter = createTRPCRouter({
  get: coupleProcedure.query(({ ctx }) => loadDashboard(ctx.db, ctx.viewer, ctx.now())),
});
