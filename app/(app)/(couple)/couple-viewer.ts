import "server-only";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import type { CoupleViewer } from "@/server/viewer";

/**
 * The signed-in member of a couple; anyone else goes to /welcome. The (couple) layout asks on
 * every first load, and a page that needs the viewer asks again (layouts don't run again on a
 * client navigation): it is loaded once per request however often it is asked for.
 */
export async function coupleViewer(): Promise<CoupleViewer> {
  const viewer = await getRequestViewer();
  if (!viewer?.couple) redirect("/welcome");
  return { me: viewer.me, couple: viewer.couple, partner: viewer.partner };
}

/**
 * The server caller for a couple page. A page renders beside its layout, not after it, so it
 * sends a signed-out or uncoupled visitor on itself, instead of letting a procedure fail for
 * someone whose session just ended (a quick exit with the page still open).
 */
export async function coupleApi() {
  await coupleViewer();
  return serverApi();
}
