import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { PageTitle } from "@/app/_components/ui/page-title";
import { renderSettings } from "./render-settings";

export const metadata: Metadata = { title: "Settings" };

/**
 * Rendered on the server, and again there after each change made here, or when the partner
 * proposes, accepts or ends a counsellor's share (the only part the partner changes).
 */
export default async function SettingsPage() {
  return (
    <div className="grid gap-6">
      <PageTitle>Settings</PageTitle>
      <LiveView name="settings" initial={await renderSettings()} routers={["shares"]} />
    </div>
  );
}
