import "server-only";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import type { Viewer } from "@/server/viewer";

/**
 * The signed-in person, in a couple or not (settings serves both); anyone signed out goes to
 * /sign-in. Loaded once per request however often it is asked for.
 */
export async function signedInViewer(): Promise<Viewer> {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/**
 * The server caller for a page any signed-in person may see. The page renders beside its
 * layout, not after it, so it sends a signed-out visitor on itself, instead of letting a
 * procedure fail for someone whose session just ended.
 */
export async function signedInApi() {
  await signedInViewer();
  return serverApi();
}
