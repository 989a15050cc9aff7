import { inviteSection } from "../couple/dashboard-section";
import { latestMilestonesSection } from "../milestones/dashboard-section";
import { readinessSection } from "../readiness/dashboard-section";
import { ventsSection } from "../vents/dashboard-section";
import { forgivenessSection } from "../forgiveness/dashboard-section";
import { responsibilitiesSection } from "../responsibilities/dashboard-section";
import { smallChangesSection } from "../small-changes/dashboard-section";
import { datesSection } from "../dates/dashboard-section";
import { paceSection } from "../phases/dashboard-summary";

/**
 * Every feature's dashboard section. A feature joins the dashboard by adding its
 * section here: the service, the API type and the client's lists follow from this list.
 */
export const dashboardSections = [
  inviteSection,
  latestMilestonesSection,
  readinessSection,
  ventsSection,
  forgivenessSection,
  responsibilitiesSection,
  smallChangesSection,
  datesSection,
  paceSection,
] as const;
