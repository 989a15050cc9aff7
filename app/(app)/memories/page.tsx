import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { MemoriesView } from "./memories-view";

export const metadata: Metadata = { title: "Memories" };

export default async function MemoriesPage() {
  const viewer = await getRequestViewer();
  if (!viewer?.couple) redirect("/welcome");
  const firstPage = await (await serverApi()).memories.list({});
  return <MemoriesView initial={firstPage} />;
}
