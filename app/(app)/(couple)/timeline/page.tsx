import type { Metadata } from "next";
import { coupleApi } from "../couple-viewer";
import { TIMELINE_PAGE_SIZE } from "@/server/timeline/limits";
import { TimelineView } from "./timeline-view";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  const firstPage = await (await coupleApi()).timeline.list({ kind: null, limit: TIMELINE_PAGE_SIZE });
  return <TimelineView initial={firstPage} />;
}
