import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { PageTitle } from "@/app/_components/ui/page-title";
import { PrivateCheckLink } from "../../settings/private-check/private-check-link";
import { coupleViewer } from "../couple-viewer";
import { rangeShown, renderCheckIn } from "./render-check-in";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ range?: unknown }> }) {
  const [viewer, { range: asked }] = await Promise.all([coupleViewer(), searchParams]);
  const range = rangeShown(asked);
  const partnerName = viewer.partner?.name ?? null;
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Check-in</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          A minute for yourself: how safe, trusting and close you feel. Read the direction over weeks, not the score
          today.
          {partnerName ? ` ${partnerName} sees only what you choose below.` : ""}
        </p>
      </header>
      <LiveView
        name="checkIn"
        params={{ range: String(range) }}
        initial={await renderCheckIn(range)}
        routers={["checkIns"]}
      />
      <PrivateCheckLink />
    </div>
  );
}
