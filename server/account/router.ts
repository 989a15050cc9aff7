import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { clientIp } from "../request";
import { changePasswordSchema, deleteAccountSchema, signUpSchema, updateProfileSchema } from "./schema";
import { changePassword, signOutEverywhere, signUp, updateProfile } from "./service";
import { exportAccountData } from "./export";
import { deleteAccount } from "./delete";

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

  exportData: protectedProcedure.query(({ ctx }) => exportAccountData(ctx.db, ctx.viewer.me, ctx.now())),

  deleteAccount: protectedProcedure
    .input(deleteAccountSchema)
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.viewer.me, input, ctx.now())),
});
