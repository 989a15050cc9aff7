import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getRequestSession, getRequestViewer } from "./auth";
import { createCaller } from "./root";

/**
 * The API for server components, called in-process (prefetching over HTTP fails
 * `next build`). No headers: in-process calls are not cross-site requests. The procedures
 * take the session and the viewer the layout already read for this request, not a second copy.
 */
export const serverApi = cache(async () =>
  createCaller({
    db: getDb(),
    session: await getRequestSession(),
    headers: null,
    now: () => new Date(),
    requestViewer: getRequestViewer,
  }),
);
