import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveView } from "@/app/_components/live/live-view";
import { renderMemory } from "../render-memories";

export const metadata: Metadata = { title: "Memory" };

/** Rendered on the server, and again there when either partner changes this memory. */
export default async function MemoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const memory = await renderMemory(id).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!memory) notFound();
  return <LiveView name="memory" params={{ id }} initial={memory} routers={["memories", "dates"]} />;
}
