import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { PageTitle } from "@/app/_components/ui/page-title";
import { coupleViewer } from "../couple-viewer";
import { pagesShown } from "../pages-shown";
import { renderDisclosures } from "./render-disclosures";

export const metadata: Metadata = { title: "Disclosures" };

/** Rendered on the server, and again there when either partner tells, acknowledges or takes back. */
export default async function DisclosuresPage({ searchParams }: { searchParams: Promise<{ pages?: unknown }> }) {
  const [viewer, { pages: asked }] = await Promise.all([coupleViewer(), searchParams]);
  const pages = pagesShown(asked);
  const partnerName = viewer.partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Disclosures</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Something you choose to tell: a contact, a slip, something you remembered. Nobody asks for these, and nothing
          here keeps count. {partnerName ? `${partnerName} can` : "Your partner will be able to"} answer only with
          &ldquo;Thank you for telling me&rdquo;.
        </p>
      </header>
      <LiveView
        name="disclosures"
        params={{ pages: String(pages) }}
        initial={await renderDisclosures(pages)}
        routers={["disclosures"]}
      />
    </div>
  );
}
