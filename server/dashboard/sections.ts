import { inviteSection } from "../couple/dashboard-section";
import { latestMilestonesSection } from "../milestones/dashboard-section";

/**
 * Every feature's dashboard section. A feature joins the dashboard by adding its
 * section here: the service, the API type and the client's lists follow from this list.
 */
export const dashboardSections = [inviteSection, latestMilestonesSection] as const;
