import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import {
  acknowledgeSchema,
  answerChangeSchema,
  checkOffSchema,
  idSchema,
  proposeSchema,
  requestChangeSchema,
  suggestChangeSchema,
  undoCheckOffSchema,
} from "./schema";
import {
  agreeToResponsibility,
  answerChange,
  declineResponsibility,
  proposeResponsibility,
  requestChange,
  suggestChange,
} from "./agreement";
import { acknowledgeCheckOff, checkOffResponsibility, undoCheckOff } from "./check-offs";
import { listResponsibilities } from "./service";

export const responsibilitiesRouter = createTRPCRouter({
  list: coupleProcedure.query(({ ctx }) => listResponsibilities(ctx.db, ctx.viewer, ctx.now())),

  propose: partneredProcedure
    .input(proposeSchema)
    .mutation(({ ctx, input }) => proposeResponsibility(ctx.db, ctx.viewer, input, ctx.now())),

  agree: partneredProcedure
    .input(idSchema)
    .mutation(({ ctx, input }) => agreeToResponsibility(ctx.db, ctx.viewer, input.id, ctx.now())),

  decline: partneredProcedure
    .input(idSchema)
    .mutation(({ ctx, input }) => declineResponsibility(ctx.db, ctx.viewer, input.id, ctx.now())),

  suggestChange: partneredProcedure
    .input(suggestChangeSchema)
    .mutation(({ ctx, input }) => suggestChange(ctx.db, ctx.viewer, input, ctx.now())),

  requestChange: partneredProcedure
    .input(requestChangeSchema)
    .mutation(({ ctx, input }) => requestChange(ctx.db, ctx.viewer, input, ctx.now())),

  answerChange: partneredProcedure
    .input(answerChangeSchema)
    .mutation(({ ctx, input }) => answerChange(ctx.db, ctx.viewer, input, ctx.now())),

  checkOff: partneredProcedure
    .input(checkOffSchema)
    .mutation(({ ctx, input }) => checkOffResponsibility(ctx.db, ctx.viewer, input, ctx.now())),

  undoCheckOff: partneredProcedure
    .input(undoCheckOffSchema)
    .mutation(({ ctx, input }) => undoCheckOff(ctx.db, ctx.viewer, input, ctx.now())),

  acknowledge: partneredProcedure
    .input(acknowledgeSchema)
    .mutation(({ ctx, input }) => acknowledgeCheckOff(ctx.db, ctx.viewer, input, ctx.now())),
});
