import "server-only";
import { coupleApi, coupleViewer } from "../../couple-viewer";
import type { IdeasFilter } from "./ideas-address";
import { IdeasBody } from "./ideas-body";

/** Every idea with our answers as I may see them (my partner's only once I've given mine), rendered on the server. */
export async function renderIdeas(filter: IdeasFilter) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const ideas = await api.dates.ideas();
  return <IdeasBody ideas={ideas} filter={filter} partnerName={viewer.partner?.name ?? null} />;
}
