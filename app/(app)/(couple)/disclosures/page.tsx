import type { Metadata } from "next";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { DISCLOSURES_PAGE_SIZE } from "@/server/disclosures/limits";
import { DisclosuresView } from "./disclosures-view";

export const metadata: Metadata = { title: "Disclosures" };

export default async function DisclosuresPage() {
  const viewer = await coupleViewer();
  const firstPage = await (await coupleApi()).disclosures.list({ limit: DISCLOSURES_PAGE_SIZE });
  return <DisclosuresView initial={firstPage} partnerName={viewer.partner?.name ?? null} />;
}
