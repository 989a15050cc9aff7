import type { Metadata } from "next";
import { serverApi } from "@/server/caller";
import { MemoriesView } from "./memories-view";

export const metadata: Metadata = { title: "Memories" };

export default async function MemoriesPage() {
  const firstPage = await (await serverApi()).memories.list({});
  return <MemoriesView initial={firstPage} />;
}
