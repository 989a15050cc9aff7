import "server-only";
import { coupleApi } from "../couple-viewer";
import { DashboardBody } from "./dashboard-body";

/** The dashboard rendered on the server: the browser gets markup, never the code that shapes it. */
export async function renderDashboard() {
  const dashboard = await (await coupleApi()).dashboard.get();
  return <DashboardBody dashboard={dashboard} />;
}
