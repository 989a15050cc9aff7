import { coupleProcedure, createTRPCRouter, partneredProcedure } from "../trpc";
import { answerSchema, historySchema, requestIdSchema, saveDraftSchema, sendSchema } from "./schema";
import { loadHistory, loadOverview, loadRequest } from "./reading";
import { answerRequest, discardDraft, saveDraft, sendRequest, withdrawRequest } from "./service";

export const forgivenessRouter = createTRPCRouter({
  overview: coupleProcedure.query(({ ctx }) => loadOverview(ctx.db, ctx.viewer)),

  history: coupleProcedure.input(historySchema).query(({ ctx, input }) => loadHistory(ctx.db, ctx.viewer, input)),

  get: coupleProcedure.input(requestIdSchema).query(({ ctx, input }) => loadRequest(ctx.db, ctx.viewer, input.id)),

  // A draft can be started before the partner joins; sending needs them.
  saveDraft: coupleProcedure
    .input(saveDraftSchema)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.viewer, input, ctx.now())),

  discardDraft: coupleProcedure
    .input(requestIdSchema)
    .mutation(({ ctx, input }) => discardDraft(ctx.db, ctx.viewer, input.id)),

  send: partneredProcedure
    .input(sendSchema)
    .mutation(({ ctx, input }) => sendRequest(ctx.db, ctx.viewer, input, ctx.now())),

  withdraw: coupleProcedure
    .input(requestIdSchema)
    .mutation(({ ctx, input }) => withdrawRequest(ctx.db, ctx.viewer, input.id, ctx.now())),

  answer: partneredProcedure
    .input(answerSchema)
    .mutation(({ ctx, input }) => answerRequest(ctx.db, ctx.viewer, input, ctx.now())),
});
