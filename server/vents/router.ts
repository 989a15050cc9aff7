import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { listVentsSchema, ventIdSchema, writeVentSchema } from "./schema";
import { acknowledgeVent, deleteVent, listVents, writeVent } from "./service";

export const ventsRouter = createTRPCRouter({
  list: coupleProcedure.input(listVentsSchema).query(({ ctx, input }) => listVents(ctx.db, ctx.viewer, input)),

  // Writing can start before the partner joins: the words wait for them.
  write: coupleProcedure
    .input(writeVentSchema)
    .mutation(({ ctx, input }) => writeVent(ctx.db, ctx.viewer, input, ctx.now())),

  acknowledge: partneredProcedure
    .input(ventIdSchema)
    .mutation(({ ctx, input }) => acknowledgeVent(ctx.db, ctx.viewer, input.id, ctx.now())),

  remove: coupleProcedure.input(ventIdSchema).mutation(({ ctx, input }) => deleteVent(ctx.db, ctx.viewer, input.id)),
});
