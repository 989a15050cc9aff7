import { coupleProcedure, createTRPCRouter } from "../trpc";
import { addMilestoneSchema, listTimelineSchema, milestoneIdSchema } from "./schema";
import { addMilestone, listTimeline, removeMilestone } from "./service";

export const timelineRouter = createTRPCRouter({
  list: coupleProcedure
    .input(listTimelineSchema)
    .query(({ ctx, input }) => listTimeline(ctx.db, ctx.viewer, input, ctx.now())),

  add: coupleProcedure
    .input(addMilestoneSchema)
    .mutation(({ ctx, input }) => addMilestone(ctx.db, ctx.viewer, input, ctx.now())),

  remove: coupleProcedure
    .input(milestoneIdSchema)
    .mutation(({ ctx, input }) => removeMilestone(ctx.db, ctx.viewer, input.id)),
});
