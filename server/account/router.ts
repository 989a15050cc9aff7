import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { clientIp } from "../request";
import { signUpSchema, updateProfileSchema } from "./schema";
import { signUp, updateProfile } from "./service";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpSchema)
    .mutation(({ ctx, input }) => signUp(ctx.db, input, ctx.headers ? clientIp(ctx.headers) : null)),

  me: protectedProcedure.query(({ ctx }) => ctx.viewer),

  updateProfile: protectedProcedure
    .input(updateProfileSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.viewer.me.id, input)),
});
