import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { calendarFile } from "./calendar";
import { addIdea, listIdeas, reactToIdea, removeIdea } from "./ideas";
import {
  addIdeaSchema,
  createPlanSchema,
  ideaRefSchema,
  listPlansSchema,
  planRefSchema,
  reactToIdeaSchema,
  reflectSchema,
  setPlanStatusSchema,
  updatePlanSchema,
} from "./schema";
import { getPlan, listPlans } from "./reading";
import { createPlan, setPlanStatus, updatePlan, writeReflection } from "./service";

export const datesRouter = createTRPCRouter({
  ideas: coupleProcedure.query(({ ctx }) => listIdeas(ctx.db, ctx.viewer)),
  react: partneredProcedure
    .input(reactToIdeaSchema)
    .mutation(({ ctx, input }) => reactToIdea(ctx.db, ctx.viewer, input, ctx.now())),
  addIdea: partneredProcedure
    .input(addIdeaSchema)
    .mutation(({ ctx, input }) => addIdea(ctx.db, ctx.viewer, input, ctx.now())),
  removeIdea: partneredProcedure
    .input(ideaRefSchema)
    .mutation(({ ctx, input }) => removeIdea(ctx.db, ctx.viewer, input.ideaId)),

  list: coupleProcedure
    .input(listPlansSchema)
    .query(({ ctx, input }) => listPlans(ctx.db, ctx.viewer, input, ctx.now())),
  get: coupleProcedure.input(planRefSchema).query(({ ctx, input }) => getPlan(ctx.db, ctx.viewer, input.id, ctx.now())),
  create: partneredProcedure
    .input(createPlanSchema)
    .mutation(({ ctx, input }) => createPlan(ctx.db, ctx.viewer, input, ctx.now())),
  update: partneredProcedure
    .input(updatePlanSchema)
    .mutation(({ ctx, input }) => updatePlan(ctx.db, ctx.viewer, input, ctx.now())),
  setStatus: partneredProcedure
    .input(setPlanStatusSchema)
    .mutation(({ ctx, input }) => setPlanStatus(ctx.db, ctx.viewer, input, ctx.now())),
  reflect: partneredProcedure
    .input(reflectSchema)
    .mutation(({ ctx, input }) => writeReflection(ctx.db, ctx.viewer, input, ctx.now())),
  calendarFile: coupleProcedure
    .input(planRefSchema)
    .query(({ ctx, input }) => calendarFile(ctx.db, ctx.viewer, input.id, ctx.now())),
});
