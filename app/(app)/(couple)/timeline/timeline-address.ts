import { type TimelineKind, timelineKinds } from "@/server/timeline/limits";
import { pagesShown } from "../pages-shown";

/** What the timeline shows: one kind of milestone or all, and how many pages of them. */
export type TimelineShown = { kind: TimelineKind | null; pages: number };

/** What to show, from the address (`?kind=&pages=`) or a live view's params: all of one page, unless they make sense. */
export function timelineShown({ kind, pages }: { kind?: unknown; pages?: unknown }): TimelineShown {
  return { kind: timelineKinds.find((option) => option === kind) ?? null, pages: pagesShown(pages) };
}

/** The live view's params for what is shown: the same as the address's. */
export const timelineParams = ({ kind, pages }: TimelineShown) => ({ kind: kind ?? "", pages: String(pages) });

/** The address that shows it, so a filter survives a reload and the back button. */
export function timelineHref({ kind, pages }: TimelineShown) {
  const query = new URLSearchParams();
  if (kind) query.set("kind", kind);
  if (pages > 1) query.set("pages", String(pages));
  const search = query.toString();
  return search ? `/timeline?${search}` : "/timeline";
}
