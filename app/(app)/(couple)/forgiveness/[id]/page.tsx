import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadRequestOr404 } from "../_components/load-request";
import { RequestDetail } from "./request-detail";

export const metadata: Metadata = { title: "Forgiveness request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const request = await loadRequestOr404(id);
  // A draft is still being written: it opens in the composer.
  if (request.status === "draft") redirect(`/forgiveness/write/${id}`);
  return <RequestDetail initial={request} />;
}
