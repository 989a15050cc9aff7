import { coupleProcedure, createTRPCRouter } from "../trpc";
import { countUnreadActivity, markActivitySeen } from "./service";

export const activityRouter = createTRPCRouter({
  /** What the partner did since I last looked: a number, never a list of who saw what. */
  unread: coupleProcedure.query(({ ctx }) => countUnreadActivity(ctx.db, ctx.viewer)),

  markSeen: coupleProcedure.mutation(({ ctx }) => markActivitySeen(ctx.db, ctx.viewer, ctx.now())),
});
