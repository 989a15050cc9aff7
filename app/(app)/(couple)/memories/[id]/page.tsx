import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { coupleApi, coupleViewer } from "../../couple-viewer";
import { MemoryDetail } from "./memory-detail";

export const metadata: Metadata = { title: "Memory" };

export default async function MemoryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await coupleViewer();
  const { id } = await params;
  const memory = await (await coupleApi()).memories.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!memory) notFound();
  return <MemoryDetail initial={memory} canPlan={viewer.partner !== null} />;
}
