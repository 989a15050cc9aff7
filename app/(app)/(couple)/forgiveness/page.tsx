import type { Metadata } from "next";
import { coupleViewer } from "../couple-viewer";
import { serverApi } from "@/server/caller";
import { HISTORY_PAGE_SIZE } from "@/server/forgiveness/schema";
import { ForgivenessView } from "./forgiveness-view";

export const metadata: Metadata = { title: "Forgiveness" };

export default async function ForgivenessPage() {
  const viewer = await coupleViewer();
  const api = await serverApi();
  const [overview, history] = await Promise.all([
    api.forgiveness.overview(),
    api.forgiveness.history({ limit: HISTORY_PAGE_SIZE }),
  ]);
  return <ForgivenessView initial={overview} initialHistory={history} partnerName={viewer.partner?.name ?? null} />;
}
