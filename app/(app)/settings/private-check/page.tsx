import type { Metadata } from "next";
import { helplines } from "@/server/safety/helplines";
import { signedInViewer } from "../../signed-in-viewer";
import { renderKeptChecks } from "./kept-checks";
import { SafetyCheck } from "./safety-check";

// Titled like the settings page, so a browser's history or tab list doesn't say what this is.
export const metadata: Metadata = { title: "Settings" };

/**
 * Reads nothing but who is asking and the answers they kept, and writes nothing: opening this
 * page leaves no trace a partner could find.
 */
export default async function PrivateCheckPage() {
  const [viewer, kept] = await Promise.all([signedInViewer(), renderKeptChecks()]);
  return (
    <SafetyCheck
      helplines={helplines}
      partnerName={viewer.partner?.name ?? null}
      inCouple={Boolean(viewer.couple)}
      kept={kept}
    />
  );
}
