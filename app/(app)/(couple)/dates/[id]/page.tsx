import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { coupleApi, coupleViewer } from "../../couple-viewer";
import { PlanDetailView } from "./plan-detail";

export const metadata: Metadata = { title: "Date" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await coupleViewer();
  const { id } = await params;
  const plan = await (await coupleApi()).dates.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!plan) notFound();
  return <PlanDetailView initial={plan} partnerName={viewer.partner?.name ?? "your partner"} />;
}
