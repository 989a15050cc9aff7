import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { proposeShareSchema, shareIdSchema } from "./schema";
import { acceptShare, endShare, listShares, proposeShare, renewShareLink } from "./service";

export const sharesRouter = createTRPCRouter({
  list: coupleProcedure.query(({ ctx }) => listShares(ctx.db, ctx.viewer, ctx.now())),

  propose: partneredProcedure
    .input(proposeShareSchema)
    .mutation(({ ctx, input }) => proposeShare(ctx.db, ctx.viewer, input, ctx.now())),

  accept: partneredProcedure
    .input(shareIdSchema)
    .mutation(({ ctx, input }) => acceptShare(ctx.db, ctx.viewer, input.id, ctx.now())),

  renewLink: partneredProcedure
    .input(shareIdSchema)
    .mutation(({ ctx, input }) => renewShareLink(ctx.db, ctx.viewer, input.id, ctx.now())),

  // Ending needs no partner: whoever is still in the space can always close a share.
  end: coupleProcedure
    .input(shareIdSchema)
    .mutation(({ ctx, input }) => endShare(ctx.db, ctx.viewer, input.id, ctx.now())),
});
