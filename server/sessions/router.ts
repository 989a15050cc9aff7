import { createTRPCRouter, protectedProcedure } from "../trpc";
import { sessionRefSchema } from "./schema";
import { endOtherSessions, endSession, listSessions } from "./service";

export const sessionsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.viewer.me, ctx.session?.sessionId)),
  end: protectedProcedure
    .input(sessionRefSchema)
    .mutation(({ ctx, input }) => endSession(ctx.db, ctx.viewer.me, input.id)),
  endOthers: protectedProcedure.mutation(({ ctx }) => endOtherSessions(ctx.db, ctx.viewer.me, ctx.session?.sessionId)),
});
