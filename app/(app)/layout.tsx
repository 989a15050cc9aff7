import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { AppShell } from "@/app/_components/shell/app-shell";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { LivePartnerStatus, LiveUnreadActivity } from "@/app/_components/live/shell-views";
import { SessionGuard } from "@/app/_components/shell/session-guard";
import { ScrollToLinkedItem } from "@/app/_components/shell/scroll-to-linked-item";
import { MarkSeen } from "./mark-seen";

/**
 * The frame of every signed-in page, rendered on the server with its live parts: no API
 * client or query cache here, nor in any page inside it (their taps are server actions).
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  const partner = viewer.partner && { name: viewer.partner.name };
  return (
    <AppShell
      me={{ name: viewer.me.name }}
      partner={partner}
      partnerStatus={partner ? <LivePartnerStatus /> : undefined}
      activity={partner ? <LiveUnreadActivity /> : undefined}
    >
      <SessionGuard />
      <ScrollToLinkedItem />
      {/* One live connection per tab: the partner's acts refresh whatever is on screen. */}
      {viewer.couple && <LiveUpdates renderedAt={new Date()} />}
      <MarkSeen />
      {children}
    </AppShell>
  );
}
