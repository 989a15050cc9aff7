import { defineSection } from "../dashboard/section";
import { loadReadiness } from "./service";

/** Both partners' talk readiness: the partner's goes first on the dashboard, mine beside it to change with one tap. */
export const readinessSection = defineSection({
  key: "readiness",
  summary: async (db, { viewer }) => ({ panel: await loadReadiness(db, viewer) }),
});
