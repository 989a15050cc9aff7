import { createTRPCRouter, protectedProcedure } from "../trpc";
import { keepSafetyCheckSchema, keptCheckIdSchema } from "./schema";
import { forgetAllSafetyChecks, forgetSafetyCheck, keepSafetyCheck, listKeptSafetyChecks } from "./service";

// Signed in is enough: a person's safety doesn't wait for a couple space or a partner.
export const safetyRouter = createTRPCRouter({
  kept: protectedProcedure.query(({ ctx }) => listKeptSafetyChecks(ctx.db, ctx.viewer.me)),

  keep: protectedProcedure
    .input(keepSafetyCheckSchema)
    .mutation(({ ctx, input }) => keepSafetyCheck(ctx.db, ctx.viewer.me, input, ctx.now())),

  forget: protectedProcedure
    .input(keptCheckIdSchema)
    .mutation(({ ctx, input }) => forgetSafetyCheck(ctx.db, ctx.viewer.me, input.id)),

  forgetAll: protectedProcedure.mutation(({ ctx }) => forgetAllSafetyChecks(ctx.db, ctx.viewer.me)),
});
