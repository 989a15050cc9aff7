import "server-only";
import { coupleApi, coupleViewer } from "../couple-viewer";
import type { DatesShown } from "./dates-address";
import { DatesBody } from "./dates-view";
import type { PlanForViewer } from "./format";
import { PlanBody } from "./[id]/plan-body";

type Api = Awaited<ReturnType<typeof coupleApi>>;

/** `pages` pages of plans coming up or past, and whether there are more. */
async function listPlans(api: Api, when: "upcoming" | "past", pages: number) {
  let page = await api.dates.list({ when });
  const plans: PlanForViewer[] = [...page.plans];
  for (let read = 1; read < pages && page.nextCursor; read++) {
    page = await api.dates.list({ when, cursor: page.nextCursor });
    plans.push(...page.plans);
  }
  return { plans, hasMore: page.nextCursor !== null };
}

/**
 * Both lists, rendered on the server as each partner may see them (a surprise for me is only
 * its public face): the browser gets markup.
 */
export async function renderDates(shown: DatesShown) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const [upcoming, past] = await Promise.all([
    listPlans(api, "upcoming", shown.upcoming),
    listPlans(api, "past", shown.past),
  ]);
  return <DatesBody upcoming={upcoming} past={past} shown={shown} partnerName={viewer.partner?.name ?? null} />;
}

/** One plan as this partner may see it; one that isn't there (or no longer is) throws NOT_FOUND. */
export async function renderPlan(id: string) {
  const [viewer, api] = await Promise.all([coupleViewer(), coupleApi()]);
  const plan = await api.dates.get({ id });
  return <PlanBody plan={plan} partnerName={viewer.partner?.name ?? "your partner"} />;
}
