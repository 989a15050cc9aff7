"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { live } from "./live-client";

/**
 * Keeps every open page in step with the partner: opens the tab's live connection, whose
 * events each listener turns into fresh data (the views they touched render again on the
 * server). Mount it in the signed-in layout, for people
 * in a couple; mounting it again elsewhere is harmless, the tab keeps one connection. It renders
 * nothing visible; `data-live` says whether it is connected (for tests and debugging).
 *
 * `renderedAt` is when the server read the page's data (see live-client.ts).
 */
export function LiveUpdates({ renderedAt }: { renderedAt?: Date }) {
  const router = useRouter();
  // The first render's time, kept: the page rendering again (router.refresh after a join or a
  // resync) must not reopen the stream, or each reopening's resync would refresh it again.
  const [since] = useState(renderedAt);
  useEffect(() => live.start(since), [since]);
  useEffect(
    () =>
      live.onChange((change) => {
        if (change.refreshPage) router.refresh();
      }),
    [router],
  );
  const status = useSyncExternalStore(
    live.onStatus,
    () => live.status,
    () => "connecting",
  );
  return <span hidden data-live={status} />;
}
