import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { pagesShown } from "../pages-shown";
import { renderMemories } from "./render-memories";

export const metadata: Metadata = { title: "Memories" };

/** Rendered on the server, and again there when either partner adds, edits or removes a memory. */
export default async function MemoriesPage({ searchParams }: { searchParams: Promise<{ pages?: unknown }> }) {
  const pages = pagesShown((await searchParams).pages);
  return (
    <LiveView
      name="memories"
      params={{ pages: String(pages) }}
      initial={await renderMemories(pages)}
      routers={["memories"]}
    />
  );
}
