import type { Metadata } from "next";
import { coupleApi, coupleViewer } from "../../couple-viewer";
import { IdeasView } from "./ideas-view";

export const metadata: Metadata = { title: "Date ideas" };

export default async function IdeasPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const viewer = await coupleViewer();
  const [ideas, { show }] = await Promise.all([(await coupleApi()).dates.ideas(), searchParams]);
  return (
    <IdeasView
      initial={ideas}
      partnerName={viewer.partner?.name ?? null}
      initialFilter={show === "waiting" ? "waiting" : show === "matches" ? "matches" : "all"}
    />
  );
}
