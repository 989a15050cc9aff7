import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { chartRangeSchema, checkInDaySchema, recordCheckInSchema, setSharingSchema } from "./schema";
import { myCheckIns, partnerCheckIns, recordCheckIn, removeCheckIn, setSharing } from "./service";

export const checkInsRouter = createTRPCRouter({
  mine: coupleProcedure
    .input(chartRangeSchema)
    .query(({ ctx, input }) => myCheckIns(ctx.db, ctx.viewer, input.range, ctx.now())),

  // Only what the partner chose to share: never a note, an unshared day or a skipped one.
  partner: partneredProcedure
    .input(chartRangeSchema)
    .query(({ ctx, input }) => partnerCheckIns(ctx.db, ctx.viewer, ctx.now(), input.range)),

  record: coupleProcedure
    .input(recordCheckInSchema)
    .mutation(({ ctx, input }) => recordCheckIn(ctx.db, ctx.viewer, input, ctx.now())),

  remove: coupleProcedure
    .input(checkInDaySchema)
    .mutation(({ ctx, input }) => removeCheckIn(ctx.db, ctx.viewer, input.day)),

  setSharing: coupleProcedure
    .input(setSharingSchema)
    .mutation(({ ctx, input }) => setSharing(ctx.db, ctx.viewer, input.level, ctx.now())),
});
