import { coupleProcedure, createTRPCRouter } from "../trpc";
import { setReadinessSchema } from "./schema";
import { loadReadiness, setReadiness } from "./service";

export const readinessRouter = createTRPCRouter({
  get: coupleProcedure.query(({ ctx }) => loadReadiness(ctx.db, ctx.viewer)),

  set: coupleProcedure
    .input(setReadinessSchema)
    .mutation(({ ctx, input }) => setReadiness(ctx.db, ctx.viewer, input, ctx.now())),
});
