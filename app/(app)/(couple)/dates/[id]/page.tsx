import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveView } from "@/app/_components/live/live-view";
import { renderPlan } from "../render-dates";

export const metadata: Metadata = { title: "Date" };

/** Rendered on the server as this partner may see it, and again there when either partner changes the plan. */
export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const plan = await renderPlan(id).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!plan) notFound();
  return <LiveView name="plan" params={{ id }} initial={plan} routers={["dates"]} />;
}
