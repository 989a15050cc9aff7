import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { disclosureIdSchema, listDisclosuresSchema, writeDisclosureSchema } from "./schema";
import { acknowledgeDisclosure, listDisclosures, takeBackDisclosure, writeDisclosure } from "./service";

export const disclosuresRouter = createTRPCRouter({
  list: coupleProcedure
    .input(listDisclosuresSchema)
    .query(({ ctx, input }) => listDisclosures(ctx.db, ctx.viewer, input)),

  write: coupleProcedure
    .input(writeDisclosureSchema)
    .mutation(({ ctx, input }) => writeDisclosure(ctx.db, ctx.viewer, input, ctx.now())),

  acknowledge: partneredProcedure
    .input(disclosureIdSchema)
    .mutation(({ ctx, input }) => acknowledgeDisclosure(ctx.db, ctx.viewer, input.id, ctx.now())),

  takeBack: coupleProcedure
    .input(disclosureIdSchema)
    .mutation(({ ctx, input }) => takeBackDisclosure(ctx.db, ctx.viewer, input.id)),
});
