import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { helplines } from "@/server/safety/helplines";
import { SafetyCheck } from "./safety-check";

// Titled like the settings page, so a browser's history or tab list doesn't say what this is.
export const metadata: Metadata = { title: "Settings" };

/** Reads nothing but who is asking and writes nothing: opening this page leaves no trace a partner could find. */
export default async function PrivateCheckPage() {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <SafetyCheck helplines={helplines} partnerName={viewer.partner?.name ?? null} inCouple={Boolean(viewer.couple)} />
  );
}
