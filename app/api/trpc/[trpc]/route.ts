import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/context";
import { logInternalError } from "@/server/internal-error";
import { appRouter } from "@/server/root";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      // The client got only the error's id (see the error formatter); the details stay here.
      if (error.code === "INTERNAL_SERVER_ERROR") logInternalError(error, `tRPC ${path ?? "?"}`);
    },
  });
}

export { handler as GET, handler as POST };
