import type { Metadata } from "next";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { VENTS_PAGE_SIZE } from "@/server/vents/limits";
import { VentsView } from "./vents-view";

export const metadata: Metadata = { title: "Vents" };

export default async function VentsPage() {
  const viewer = await coupleViewer();
  const firstPage = await (await coupleApi()).vents.list({ limit: VENTS_PAGE_SIZE });
  return <VentsView initial={firstPage} partnerName={viewer.partner?.name ?? null} />;
}
