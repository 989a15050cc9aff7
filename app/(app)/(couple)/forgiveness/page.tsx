import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { pagesShown } from "../pages-shown";
import { renderForgiveness } from "./render-forgiveness";

export const metadata: Metadata = { title: "Forgiveness" };

/** Rendered on the server, and again there when either partner sends, answers or withdraws a request. */
export default async function ForgivenessPage({ searchParams }: { searchParams: Promise<{ pages?: unknown }> }) {
  const pages = pagesShown((await searchParams).pages);
  return (
    <LiveView
      name="forgiveness"
      params={{ pages: String(pages) }}
      initial={await renderForgiveness(pages)}
      routers={["forgiveness", "couple"]}
    />
  );
}
