import { coupleProcedure, createTRPCRouter } from "../trpc";
import { coupleEventsFor } from "./service";

export const liveRouter = createTRPCRouter({
  /** Server-sent events of the caller's own couple; the client refetches the topic's queries on each. */
  events: coupleProcedure.subscription(({ ctx, signal }) => coupleEventsFor(ctx.viewer, signal)),
});
