import "server-only";
import { TIMELINE_PAGE_SIZE } from "@/server/timeline/limits";
import { coupleApi } from "../couple-viewer";
import type { TimelineShown } from "./timeline-address";
import { TimelineBody } from "./timeline-body";

/** The timeline, newest first, `pages` pages long, rendered on the server: the browser gets markup. */
export async function renderTimeline(shown: TimelineShown) {
  const api = await coupleApi();
  const ask = (cursor: { occurredOn: string; id: string } | null) =>
    api.timeline.list({ kind: shown.kind, limit: TIMELINE_PAGE_SIZE, cursor });
  let page = await ask(null);
  const { today, repairBeganOn } = page;
  const entries = [...page.items];
  for (let read = 1; read < shown.pages && page.nextCursor; read++) {
    page = await ask(page.nextCursor);
    entries.push(...page.items);
  }
  return (
    <TimelineBody
      shown={shown}
      entries={entries}
      hasEarlier={page.nextCursor !== null}
      today={today}
      repairBeganOn={repairBeganOn}
    />
  );
}
