import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { Settings } from "./settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <Settings
      me={{ name: viewer.me.name, email: viewer.me.email, timeZone: viewer.me.timeZone }}
      partnerName={viewer.partner?.name ?? null}
      inCouple={Boolean(viewer.couple)}
    />
  );
}
