import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LiveView } from "@/app/_components/live/live-view";
import { loadRequestOr404 } from "../_components/load-request";
import { RequestBody } from "./request-body";

export const metadata: Metadata = { title: "Forgiveness request" };

/** Rendered on the server, and again there when either partner answers or withdraws this request. */
export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const request = await loadRequestOr404(id);
  // A draft is still being written: it opens in the composer.
  if (request.status === "draft") redirect(`/forgiveness/write/${id}`);
  return (
    <LiveView
      name="forgivenessRequest"
      params={{ id }}
      initial={<RequestBody request={request} />}
      routers={["forgiveness"]}
    />
  );
}
