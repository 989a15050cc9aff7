import { coupleProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { createCoupleSchema, inviteCodeSchema, unlinkSchema } from "./schema";
import {
  createCouple,
  currentInvite,
  joinCouple,
  listArchivedSpaces,
  previewInvite,
  replaceInvite,
  revokeInvite,
  unlinkCouple,
} from "./service";

export const coupleRouter = createTRPCRouter({
  create: protectedProcedure
    .input(createCoupleSchema)
    .mutation(({ ctx, input }) => createCouple(ctx.db, ctx.viewer, input, ctx.now())),

  previewInvite: publicProcedure
    .input(inviteCodeSchema)
    .query(({ ctx, input }) => previewInvite(ctx.db, input.code, ctx.now())),

  join: protectedProcedure
    .input(inviteCodeSchema)
    .mutation(({ ctx, input }) => joinCouple(ctx.db, ctx.viewer, input.code, ctx.now())),

  currentInvite: coupleProcedure.query(({ ctx }) => currentInvite(ctx.db, ctx.viewer, ctx.now())),

  replaceInvite: coupleProcedure.mutation(({ ctx }) => replaceInvite(ctx.db, ctx.viewer, ctx.now())),

  revokeInvite: coupleProcedure.mutation(({ ctx }) => revokeInvite(ctx.db, ctx.viewer, ctx.now())),

  archived: protectedProcedure.query(({ ctx }) => listArchivedSpaces(ctx.db, ctx.viewer)),

  unlink: coupleProcedure.input(unlinkSchema).mutation(({ ctx }) => unlinkCouple(ctx.db, ctx.viewer, ctx.now())),
});
