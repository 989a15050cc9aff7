import type { Metadata } from "next";
import { coupleApi } from "../couple-viewer";
import { MemoriesView } from "./memories-view";

export const metadata: Metadata = { title: "Memories" };

export default async function MemoriesPage() {
  const firstPage = await (await coupleApi()).memories.list({});
  return <MemoriesView initial={firstPage} />;
}
