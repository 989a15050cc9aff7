import "server-only";
import { headers } from "next/headers";
import { SENDING_PAGE_HEADER } from "@/server/request";

/**
 * Whether the request came from the page at `path`; true when it can't be told (no proxy in
 * between). Next serves a server action with the page it is sent from, and a navigation
 * queued before the action may have changed that page since it was called: a view of another
 * page can't be rendered there (its components aren't in that page's manifest), and nobody is
 * looking at it any more.
 */
export async function isSentFrom(path: string): Promise<boolean> {
  const sent = (await headers()).get(SENDING_PAGE_HEADER);
  return sent === null || sent === path;
}
