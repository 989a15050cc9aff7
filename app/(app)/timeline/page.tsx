import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { TIMELINE_PAGE_SIZE } from "@/server/timeline/schema";
import { TimelineView } from "./timeline-view";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  const viewer = await getRequestViewer();
  if (!viewer?.couple) redirect("/welcome");
  const firstPage = await (await serverApi()).timeline.list({ kind: null, limit: TIMELINE_PAGE_SIZE });
  return <TimelineView initial={firstPage} />;
}
