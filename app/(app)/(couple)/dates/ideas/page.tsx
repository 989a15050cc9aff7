import type { Metadata } from "next";
import { coupleViewer } from "../../couple-viewer";
import { serverApi } from "@/server/caller";
import { IdeasView } from "./ideas-view";

export const metadata: Metadata = { title: "Date ideas" };

export default async function IdeasPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const viewer = await coupleViewer();
  const [ideas, { show }] = await Promise.all([(await serverApi()).dates.ideas(), searchParams]);
  return (
    <IdeasView
      initial={ideas}
      partnerName={viewer.partner?.name ?? null}
      initialFilter={show === "waiting" ? "waiting" : show === "matches" ? "matches" : "all"}
    />
  );
}
