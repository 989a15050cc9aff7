import { z } from "zod";
import { coupleProcedure, createTRPCRouter } from "../trpc";
import { coupleEventsFor } from "./service";
import { appInstant } from "../input-bounds";

export const liveRouter = createTRPCRouter({
  /** Server-sent events of the caller's own couple; the client renders again the views each topic touched. */
  events: coupleProcedure
    .input(z.object({ renderedAt: appInstant() }).nullish())
    .subscription(({ ctx, input, signal }) => coupleEventsFor(ctx.db, ctx.viewer, signal, input?.renderedAt)),
});
