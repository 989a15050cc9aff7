import "server-only";
import { DISCLOSURES_PAGE_SIZE } from "@/server/disclosures/limits";
import type { DisclosureView } from "@/server/disclosures/service";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { DisclosuresBody } from "./disclosures-body";

/** The composer and the newest `pages` pages of disclosures, rendered on the server: the browser gets markup. */
export async function renderDisclosures(pages: number) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  let page = await api.disclosures.list({ limit: DISCLOSURES_PAGE_SIZE });
  const items: DisclosureView[] = [...page.items];
  for (let read = 1; read < pages && page.nextCursor; read++) {
    page = await api.disclosures.list({ limit: DISCLOSURES_PAGE_SIZE, cursor: page.nextCursor });
    items.push(...page.items);
  }
  return (
    <DisclosuresBody
      disclosures={items}
      pages={pages}
      hasEarlier={page.nextCursor !== null}
      partnerName={viewer.partner?.name ?? null}
    />
  );
}
