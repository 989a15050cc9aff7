import { coupleProcedure, createTRPCRouter } from "../trpc";
import { createMemorySchema, listMemoriesSchema, memoryRefSchema, updateMemorySchema } from "./schema";
import { createMemory, getMemory, listMemories, removeMemory, removeMemoryPhoto, updateMemory } from "./service";

/** Photos are uploaded and served by the route app/(app)/(couple)/memories/[id]/photo (bytes, not JSON). */
export const memoriesRouter = createTRPCRouter({
  list: coupleProcedure.input(listMemoriesSchema).query(({ ctx, input }) => listMemories(ctx.db, ctx.viewer, input)),
  get: coupleProcedure
    .input(memoryRefSchema)
    .query(({ ctx, input }) => getMemory(ctx.db, ctx.viewer, input.id, ctx.now())),
  create: coupleProcedure
    .input(createMemorySchema)
    .mutation(({ ctx, input }) => createMemory(ctx.db, ctx.viewer, input, ctx.now())),
  update: coupleProcedure
    .input(updateMemorySchema)
    .mutation(({ ctx, input }) => updateMemory(ctx.db, ctx.viewer, input, ctx.now())),
  remove: coupleProcedure
    .input(memoryRefSchema)
    .mutation(({ ctx, input }) => removeMemory(ctx.db, ctx.viewer, input.id)),
  removePhoto: coupleProcedure
    .input(memoryRefSchema)
    .mutation(({ ctx, input }) => removeMemoryPhoto(ctx.db, ctx.viewer, input.id)),
});
