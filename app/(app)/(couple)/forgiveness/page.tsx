import type { Metadata } from "next";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { HISTORY_PAGE_SIZE } from "@/server/forgiveness/limits";
import { ForgivenessView } from "./forgiveness-view";

export const metadata: Metadata = { title: "Forgiveness" };

export default async function ForgivenessPage() {
  const viewer = await coupleViewer();
  const api = await coupleApi();
  const [overview, history] = await Promise.all([
    api.forgiveness.overview(),
    api.forgiveness.history({ limit: HISTORY_PAGE_SIZE }),
  ]);
  return <ForgivenessView initial={overview} initialHistory={history} partnerName={viewer.partner?.name ?? null} />;
}
