import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { renderTimeline } from "./render-timeline";
import { timelineParams, timelineShown } from "./timeline-address";

export const metadata: Metadata = { title: "Timeline" };

/** Rendered on the server, and again there when either partner adds or removes a milestone. */
export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const shown = timelineShown(await searchParams);
  return (
    <LiveView
      name="timeline"
      params={timelineParams(shown)}
      initial={await renderTimeline(shown)}
      routers={["timeline"]}
    />
  );
}
