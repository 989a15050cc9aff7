"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { LiveRefetches, routerOf } from "./live-refetches";
import { RecentChanges } from "./recent-changes";
import { EVERYTHING, changesServerRenderedPage, routersAffectedBy } from "./topics";

/** Waits before reopening a failed connection: quick at first, then gently less often. */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/*
 * One connection per tab, however many places mount <LiveUpdates />: the first mounted
 * instance listens, the others stay idle and take over if it goes away.
 */
let owner: object | null = null;
const claimants = new Set<() => void>();

function useSingleListener() {
  const [token] = useState(() => ({}));
  const [owns, setOwns] = useState(false);
  useEffect(() => {
    const claim = () => {
      owner ??= token;
      setOwns(owner === token);
    };
    claimants.add(claim);
    claim();
    return () => {
      claimants.delete(claim);
      if (owner === token) {
        owner = null;
        for (const other of claimants) other();
      }
    };
  }, [token]);
  return owns;
}

/**
 * Keeps every open page in step with the partner: listens to the couple's live events and
 * refetches what each one touched, so a change shows within a second without a reload.
 * Mount it in the signed-in layout, for people in a couple (mounting it again elsewhere is
 * harmless: one instance listens). It renders nothing visible; `data-live` says whether it
 * is connected (for tests and debugging).
 *
 * `renderedAt` is when the server read the page's data: the server resyncs the page if the
 * partner acted between then and the connection opening.
 *
 * Reconnecting: the browser's EventSource reopens a dropped stream by itself; when the
 * stream fails for good (the server was down), this reopens it with a backoff, and after
 * any reconnect it refetches everything open, since events sent while away are not replayed.
 */
export function LiveUpdates({ renderedAt, enabled: wanted = true }: { renderedAt?: Date; enabled?: boolean }) {
  const enabled = useSingleListener() && wanted;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const connections = useRef(0);
  const [refetches] = useState(() => new LiveRefetches(queryClient));
  const schedule = (routers: readonly string[] | typeof EVERYTHING, own = false) => refetches.schedule(routers, own);

  const [recent] = useState(() => new RecentChanges());
  // The first render's time, kept: the page rendering again (router.refresh after a join or a
  // resync) must not reopen the stream, or each reopening's resync would refresh it again.
  const [since] = useState(renderedAt);
  const subscription = useSubscription(
    trpc.live.events.subscriptionOptions(since && { renderedAt: since }, {
      enabled,
      onStarted: () => {
        connections.current += 1;
        if (connections.current > 1) schedule(EVERYTHING);
      },
      onData: (event) => {
        const routers = routersAffectedBy(event);
        recent.record(routers, Date.now());
        schedule(routers, !event.byPartner);
        if (changesServerRenderedPage(event)) router.refresh();
      },
    }),
  );

  // A query that first appears just after a change to its router (a page reached by
  // client-side navigation, rendered before the change) refetches its initial data once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: schedule only batches refetches; subscribing again when it changes would miss queries added in between.
  useEffect(() => {
    if (!enabled) return;
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== "added") return;
      const router = routerOf(event.query.queryKey);
      if (router && recent.touched(router, Date.now())) schedule([router]);
    });
  }, [enabled, queryClient, recent]);

  // A stream that failed or ended for good is reopened with a backoff — unless the server
  // said no (signed out, or no longer in a couple), which retrying would not change.
  const failures = useRef(0);
  const { status, error, reset } = subscription;
  useEffect(() => {
    if (status === "pending") failures.current = 0;
    if (!enabled || (status !== "error" && status !== "idle")) return;
    const code = error?.data?.code;
    if (code === "UNAUTHORIZED" || code === "FORBIDDEN") return;
    const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)];
    failures.current += 1;
    const timer = setTimeout(reset, delay);
    const reconnectNow = () => reset();
    window.addEventListener("online", reconnectNow);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", reconnectNow);
    };
  }, [enabled, status, error, reset]);

  useEffect(() => () => refetches.dispose(), [refetches]);

  return <span hidden data-live={status === "pending" ? "connected" : status} />;
}
