import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { clientIp } from "../request";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signUpSchema,
  updateProfileSchema,
} from "./schema";
import { changePassword, signOutEverywhere, signUp, updateProfile } from "./service";
import { requestSignUp } from "./sign-up";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { requestEmailChange } from "./email-change";
import { mailEnabled } from "../mail/config";
import { safeNextPath } from "@/lib/safe-next-path";
import { exportAccountData } from "./export";
import { deleteAccount } from "./delete";

export const accountRouter = createTRPCRouter({
  /** With mail: always "check your inbox", whoever owns the address. Without: the account at once. */
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    const ip = ctx.headers ? clientIp(ctx.headers) : null;
    if (!mailEnabled()) {
      return { status: "signed-up" as const, ...(await signUp(ctx.db, input, ip)) };
    }
    await requestSignUp(ctx.db, { ...input, next: safeNextPath(input.next, "/welcome") }, ip);
    return { status: "check-inbox" as const };
  }),

  forgotPassword: publicProcedure
    .input(forgotPasswordSchema)
    .mutation(({ ctx, input }) =>
      requestPasswordReset(ctx.db, input.email, ctx.headers ? clientIp(ctx.headers) : null),
    ),

  resetPassword: publicProcedure
    .input(resetPasswordSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, ctx.now())),

  changeEmail: protectedProcedure
    .input(changeEmailSchema)
    .mutation(({ ctx, input }) => requestEmailChange(ctx.db, ctx.viewer.me, input)),

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
