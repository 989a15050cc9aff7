import "server-only";
import { VENTS_PAGE_SIZE } from "@/server/vents/limits";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { VentsBody } from "./vents-body";

/** The composer and the newest `pages` pages of vents, rendered on the server: the browser gets markup. */
export async function renderVents(pages: number) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const items = [];
  let cursor: { createdAt: Date; id: string } | null = null;
  for (let page = 0; page < pages; page++) {
    const result = await api.vents.list({ limit: VENTS_PAGE_SIZE, cursor });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return (
    <VentsBody vents={items} pages={pages} hasEarlier={cursor !== null} partnerName={viewer.partner?.name ?? null} />
  );
}
