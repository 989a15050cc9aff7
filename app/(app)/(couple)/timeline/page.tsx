import type { Metadata } from "next";
import { serverApi } from "@/server/caller";
import { TIMELINE_PAGE_SIZE } from "@/server/timeline/schema";
import { TimelineView } from "./timeline-view";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  const firstPage = await (await serverApi()).timeline.list({ kind: null, limit: TIMELINE_PAGE_SIZE });
  return <TimelineView initial={firstPage} />;
}
