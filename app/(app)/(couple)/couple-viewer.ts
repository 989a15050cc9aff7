import "server-only";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
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
