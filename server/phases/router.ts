import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { phaseTargetSchema } from "./schema";
import { acceptNextPhase, loadPace, proposeNextPhase, stepBack, withdrawProposal } from "./service";

export const paceRouter = createTRPCRouter({
  get: coupleProcedure.query(({ ctx }) => loadPace(ctx.db, ctx.viewer)),

  // Moving forward takes both partners.
  propose: partneredProcedure
    .input(phaseTargetSchema)
    .mutation(({ ctx, input }) => proposeNextPhase(ctx.db, ctx.viewer, input.phase, ctx.now())),
  accept: partneredProcedure
    .input(phaseTargetSchema)
    .mutation(({ ctx, input }) => acceptNextPhase(ctx.db, ctx.viewer, input.phase, ctx.now())),
  withdraw: coupleProcedure.mutation(({ ctx }) => withdrawProposal(ctx.db, ctx.viewer)),

  // Stepping back takes one.
  stepBack: coupleProcedure
    .input(phaseTargetSchema)
    .mutation(({ ctx, input }) => stepBack(ctx.db, ctx.viewer, input.phase, ctx.now())),
});
