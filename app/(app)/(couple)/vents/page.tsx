import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { PageTitle } from "@/app/_components/ui/page-title";
import { PrivateCheckLink } from "../../settings/private-check/private-check-link";
import { coupleViewer } from "../couple-viewer";
import { pagesShown } from "../pages-shown";
import { renderVents } from "./render-vents";

export const metadata: Metadata = { title: "Vents" };

/** Rendered on the server, and again there when either partner writes, acknowledges or deletes a vent. */
export default async function VentsPage({ searchParams }: { searchParams: Promise<{ pages?: string | string[] }> }) {
  const [viewer, { pages: asked }] = await Promise.all([coupleViewer(), searchParams]);
  const pages = pagesShown(asked);
  const partnerName = viewer.partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Vents</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          A place to let out what hurts. {partnerName ? `${partnerName} can` : "Your partner will be able to"} only
          answer with &ldquo;I read this and I hear you&rdquo;: no replies, no defending.
        </p>
      </header>
      <LiveView name="vents" params={{ pages: String(pages) }} initial={await renderVents(pages)} routers={["vents"]} />
      <PrivateCheckLink />
    </div>
  );
}
