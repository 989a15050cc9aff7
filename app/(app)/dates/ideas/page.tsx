import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { IdeasView } from "./ideas-view";

export const metadata: Metadata = { title: "Date ideas" };

export default async function IdeasPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const viewer = await getRequestViewer();
  if (!viewer?.couple) redirect("/welcome");
  const [ideas, { show }] = await Promise.all([(await serverApi()).dates.ideas(), searchParams]);
  return (
    <IdeasView
      initial={ideas}
      partnerName={viewer.partner?.name ?? null}
      initialFilter={show === "waiting" ? "waiting" : show === "matches" ? "matches" : "all"}
    />
  );
}
