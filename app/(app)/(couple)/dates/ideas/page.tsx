import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { ideasShown } from "./ideas-address";
import { renderIdeas } from "./render-ideas";

export const metadata: Metadata = { title: "Date ideas" };

/** Rendered on the server, and again there when either partner answers, adds or removes an idea. */
export default async function IdeasPage({ searchParams }: { searchParams: Promise<{ show?: unknown }> }) {
  const filter = ideasShown(await searchParams);
  return <LiveView name="ideas" params={{ show: filter }} initial={await renderIdeas(filter)} routers={["dates"]} />;
}
