import { accountRouter } from "./account/router";
import { coupleRouter } from "./couple/router";
import { dashboardRouter } from "./dashboard/router";
import { forgivenessRouter } from "./forgiveness/router";
import { responsibilitiesRouter } from "./responsibilities/router";
import { smallChangesRouter } from "./small-changes/router";
import { readinessRouter } from "./readiness/router";
import { ventsRouter } from "./vents/router";
import { timelineRouter } from "./timeline/router";
import { activityRouter } from "./activity/router";
import { liveRouter } from "./live/router";
import { datesRouter } from "./dates/router";
import { memoriesRouter } from "./memories/router";
import { sessionsRouter } from "./sessions/router";
import { sharesRouter } from "./shares/router";
import { safetyRouter } from "./safety/router";
import { paceRouter } from "./phases/router";
import { checkInsRouter } from "./check-ins/router";
import { disclosuresRouter } from "./disclosures/router";
import { notificationsRouter } from "./notifications/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  readiness: readinessRouter,
  vents: ventsRouter,
  timeline: timelineRouter,
  activity: activityRouter,
  live: liveRouter,
  account: accountRouter,
  couple: coupleRouter,
  dashboard: dashboardRouter,
  forgiveness: forgivenessRouter,
  responsibilities: responsibilitiesRouter,
  smallChanges: smallChangesRouter,
  dates: datesRouter,
  memories: memoriesRouter,
  sessions: sessionsRouter,
  shares: sharesRouter,
  safety: safetyRouter,
  pace: paceRouter,
  checkIns: checkInsRouter,
  disclosures: disclosuresRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
