import "server-only";
import { HISTORY_PAGE_SIZE } from "@/server/forgiveness/limits";
import { coupleApi, coupleViewer } from "../couple-viewer";
import type { RequestView } from "./_components/request-parts";
import { ForgivenessBody } from "./forgiveness-body";
import { RequestBody } from "./[id]/request-body";

/** The open requests, my drafts and `pages` pages of history, rendered on the server: the browser gets markup. */
export async function renderForgiveness(pages: number) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const readHistory = async () => {
    const items: RequestView[] = [];
    let page = await api.forgiveness.history({ limit: HISTORY_PAGE_SIZE });
    items.push(...page.items);
    for (let read = 1; read < pages && page.nextCursor; read++) {
      page = await api.forgiveness.history({ limit: HISTORY_PAGE_SIZE, cursor: page.nextCursor });
      items.push(...page.items);
    }
    return { items, hasEarlier: page.nextCursor !== null };
  };
  const [overview, history] = await Promise.all([api.forgiveness.overview(), readHistory()]);
  return (
    <ForgivenessBody
      overview={overview}
      history={history.items}
      pages={pages}
      hasEarlier={history.hasEarlier}
      partnerName={viewer.partner?.name ?? null}
    />
  );
}

/** One sent request as this person may see it; one that isn't there (or isn't theirs to see) throws NOT_FOUND. */
export async function renderRequest(id: string) {
  const request = await (await coupleApi()).forgiveness.get({ id });
  return <RequestBody request={request} />;
}
