import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { AppShell } from "@/app/_components/shell/app-shell";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { PartnerReadinessStatus } from "@/app/_components/live/partner-readiness-status";
import { UnreadActivity } from "@/app/_components/live/activity";
import { TrpcProvider } from "@/app/_components/trpc-provider";
import { SessionGuard } from "@/app/_components/shell/session-guard";
import { ScrollToLinkedItem } from "@/app/_components/shell/scroll-to-linked-item";
import { MarkSeen } from "./mark-seen";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  const partner = viewer.partner && { name: viewer.partner.name };
  return (
    <TrpcProvider>
      <AppShell
        me={{ name: viewer.me.name }}
        partner={partner}
        partnerStatus={partner ? <PartnerReadinessStatus /> : undefined}
        activity={partner ? <UnreadActivity partnerName={partner.name} className="shrink-0" /> : undefined}
      >
        <SessionGuard />
        <ScrollToLinkedItem />
        {/* One live connection per tab: the partner's acts refresh whatever is on screen. */}
        {viewer.couple && <LiveUpdates renderedAt={new Date()} />}
        <MarkSeen />
        {children}
      </AppShell>
    </TrpcProvider>
  );
}
