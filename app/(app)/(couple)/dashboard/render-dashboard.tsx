"use server";

import { coupleApi } from "../couple-viewer";
import { DashboardBody } from "./dashboard-body";

/**
 * The dashboard rendered again on the server, for the live view to swap in when the couple's
 * data changes: the browser gets rendered markup and never the code that shapes it.
 */
export async function renderDashboard() {
  const dashboard = await (await coupleApi()).dashboard.get();
  return <DashboardBody dashboard={dashboard} />;
}
