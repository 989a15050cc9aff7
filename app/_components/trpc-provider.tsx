"use client";

import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useEffect, useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";
import { TRPCProvider } from "@/lib/trpc";
import { live } from "./live/live-client";
import { LiveRefetches, noteChangeAnswered, routerOf } from "./live/live-refetches";

function makeClients() {
  const queryClient = new QueryClient({
    // Before the mutation's own callbacks refetch what it changed: its live echo then skips those.
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, _mutation, { client }) => noteChangeAnswered(client),
    }),
    defaultOptions: { queries: { staleTime: 15_000, retry: 1, refetchOnWindowFocus: true } },
  });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })],
  });
  return { queryClient, trpcClient };
}

// One cache per tab, shared by every page that brings this provider: moving between them keeps it.
let browserClients: ReturnType<typeof makeClients> | undefined;

function clients() {
  // On the server, a request's own: nothing is shared between people.
  if (typeof window === "undefined") return makeClients();
  browserClients ??= makeClients();
  return browserClients;
}

/**
 * tRPC and TanStack Query, for the pages that keep a client cache: each feature's layout, sign-up
 * and joining. Pages rendered on the server (the dashboard, the shell) don't download them. The
 * live connection is the shell's (live-client.ts); here its events refetch the queries they touched.
 */
export function TrpcProvider({ children }: { children: ReactNode }) {
  const [{ queryClient, trpcClient }] = useState(clients);
  useEffect(() => {
    const refetches = new LiveRefetches(queryClient);
    const stopListening = live.onChange(({ routers, own }) => refetches.schedule(routers, own));
    // A query that first appears just after a change to its router (a page reached by
    // client-side navigation, rendered before the change) refetches its initial data once.
    const stopWatching = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "added") return;
      const router = routerOf(event.query.queryKey);
      if (router && live.recentlyChanged(router)) refetches.schedule([router]);
    });
    return () => {
      stopListening();
      stopWatching();
      refetches.dispose();
    };
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
