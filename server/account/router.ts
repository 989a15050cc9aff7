import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { clientIp } from "../request";
import { changePasswordSchema, signUpSchema, updateProfileSchema } from "./schema";
import { changePassword, signOutEverywhere, signUp, updateProfile } from "./service";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpSchema)
    .mutation(({ ctx, input }) => signUp(ctx.db, input, ctx.headers ? clientIp(ctx.headers) : null)),

  me: protectedProcedure.query(({ ctx }) => ctx.viewer),

  updateProfile: protectedProcedure
    .input(updateProfileSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.viewer.me.id, input)),

  changePassword: protectedProcedure
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.viewer.me, input)),

  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.viewer.me)),
});
