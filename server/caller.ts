import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getRequestViewer } from "./auth";
import { createRequestContext } from "./context";
import { createCaller } from "./root";

/**
 * The API for server components, called in-process (prefetching over HTTP fails
 * `next build`). Headers are dropped: in-process calls are not cross-site requests. The
 * procedures take the viewer the layout already loaded for this request, not a second copy.
 */
export const serverApi = cache(async () => {
  const context = await createRequestContext(new Headers(await headers()));
  return createCaller({ ...context, headers: null, requestViewer: getRequestViewer });
});
