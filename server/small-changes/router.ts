import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import {
  checkOffSmallChangeSchema,
  encourageSchema,
  smallChangeIdSchema,
  startSmallChangeSchema,
  undoSmallChangeCheckOffSchema,
} from "./schema";
import {
  checkOffSmallChange,
  encourageSmallChange,
  listSmallChanges,
  startSmallChange,
  stopSmallChange,
  undoSmallChangeCheckOff,
} from "./service";

export const smallChangesRouter = createTRPCRouter({
  list: coupleProcedure.query(({ ctx }) => listSmallChanges(ctx.db, ctx.viewer, ctx.now())),

  start: coupleProcedure
    .input(startSmallChangeSchema)
    .mutation(({ ctx, input }) => startSmallChange(ctx.db, ctx.viewer, input, ctx.now())),

  checkOff: coupleProcedure
    .input(checkOffSmallChangeSchema)
    .mutation(({ ctx, input }) => checkOffSmallChange(ctx.db, ctx.viewer, input, ctx.now())),

  undoCheckOff: coupleProcedure
    .input(undoSmallChangeCheckOffSchema)
    .mutation(({ ctx, input }) => undoSmallChangeCheckOff(ctx.db, ctx.viewer, input, ctx.now())),

  stop: coupleProcedure
    .input(smallChangeIdSchema)
    .mutation(({ ctx, input }) => stopSmallChange(ctx.db, ctx.viewer, input.id, ctx.now())),

  encourage: partneredProcedure
    .input(encourageSchema)
    .mutation(({ ctx, input }) => encourageSmallChange(ctx.db, ctx.viewer, input, ctx.now())),
});
