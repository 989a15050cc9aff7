"use server";

import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import type { ViewParams, ViewRequest } from "@/app/_components/live/render-queue";
import { isSentFrom } from "@/app/_components/live/sending-page";
import { renderPartnerStatus, renderUnreadActivity } from "@/app/_components/live/shell-renders";
import { rangeShown, renderCheckIn } from "./(couple)/check-in/render-check-in";
import { renderDashboard } from "./(couple)/dashboard/render-dashboard";
import { datesShown } from "./(couple)/dates/dates-address";
import { ideasShown } from "./(couple)/dates/ideas/ideas-address";
import { renderIdeas } from "./(couple)/dates/ideas/render-ideas";
import { renderDates, renderPlan } from "./(couple)/dates/render-dates";
import { renderDisclosures } from "./(couple)/disclosures/render-disclosures";
import { renderForgiveness, renderRequest } from "./(couple)/forgiveness/render-forgiveness";
import { renderMemories, renderMemory } from "./(couple)/memories/render-memories";
import { pagesShown } from "./(couple)/pages-shown";
import { renderResponsibilities } from "./(couple)/responsibilities/render-responsibilities";
import { renderTimeline } from "./(couple)/timeline/render-timeline";
import { timelineShown } from "./(couple)/timeline/timeline-address";
import { renderVents } from "./(couple)/vents/render-vents";
import { renderKeptChecks } from "./settings/private-check/kept-checks";
import { renderSettings } from "./settings/render-settings";

/*
 * Every part of a signed-in page that is rendered on the server and kept current there
 * (LiveView), by name. Next runs a page's server actions one at a time, so views rendered
 * each by an action of its own would wait behind one another: one action renders all the
 * views a change touches, together.
 */
const renderers = {
  dashboard: renderDashboard,
  partnerStatus: renderPartnerStatus,
  activity: renderUnreadActivity,
  vents: (params) => renderVents(pagesShown(params.pages)),
  timeline: (params) => renderTimeline(timelineShown(params)),
  checkIn: (params) => renderCheckIn(rangeShown(params.range)),
  memories: (params) => renderMemories(pagesShown(params.pages)),
  memory: (params) => renderMemory(String(params.id)),
  responsibilities: renderResponsibilities,
  settings: renderSettings,
  keptChecks: renderKeptChecks,
  disclosures: (params) => renderDisclosures(pagesShown(params.pages)),
  forgiveness: (params) => renderForgiveness(pagesShown(params.pages)),
  forgivenessRequest: (params) => renderRequest(String(params.id)),
  dates: (params) => renderDates(datesShown(params)),
  plan: (params) => renderPlan(String(params.id)),
  ideas: (params) => renderIdeas(ideasShown(params)),
} satisfies Record<string, (params: ViewParams) => Promise<ReactNode>>;

export type LiveViewName = keyof typeof renderers;

/** The page a view lives on; the shell's views are on every page. */
const pageOf: Partial<Record<LiveViewName, string | ((params: ViewParams) => string)>> = {
  dashboard: "/dashboard",
  vents: "/vents",
  timeline: "/timeline",
  checkIn: "/check-in",
  memories: "/memories",
  memory: (params) => `/memories/${params.id}`,
  responsibilities: "/responsibilities",
  settings: "/settings",
  keptChecks: "/settings/private-check",
  disclosures: "/disclosures",
  forgiveness: "/forgiveness",
  forgivenessRequest: (params) => `/forgiveness/${params.id}`,
  dates: "/dates",
  plan: (params) => `/dates/${params.id}`,
  ideas: "/dates/ideas",
};

function isViewRequest(value: unknown): value is ViewRequest<string> {
  const { name, params } = (value ?? {}) as { name?: unknown; params?: unknown };
  return typeof name === "string" && typeof params === "object" && params !== null;
}

/**
 * The named views, rendered again now; one that fails is left out, and stays as it was on
 * screen until the next change. A public endpoint: the procedures the views call decide who
 * may see what.
 */
export async function renderLiveViews(
  views: readonly ViewRequest<string>[],
): Promise<Partial<Record<LiveViewName, ReactNode>>> {
  // A public endpoint: whatever it is sent, it renders only well-formed requests.
  const asked = Array.isArray(views) ? views.filter(isViewRequest) : [];
  // Each view once (the last asked for wins), and only the views there are, on the page that asks.
  const byName = new Map(asked.map((view) => [view.name, view.params] as const));
  const known = [...byName]
    .filter((entry): entry is [LiveViewName, ViewParams] => Object.hasOwn(renderers, entry[0]))
    .map(([name, params]) => ({ name, params }));
  const rendered = await Promise.all(
    known.map(async ({ name, params }) => {
      // Another page's view, asked for before a navigation that went first (sending-page.ts).
      const page = pageOf[name];
      if (page && !(await isSentFrom(typeof page === "string" ? page : page(params)))) return [];
      try {
        return [[name, await renderers[name](params)] as const];
      } catch (error) {
        // A redirect (signed out meanwhile) is Next's to carry out.
        unstable_rethrow(error);
        return [];
      }
    }),
  );
  return Object.fromEntries(rendered.flat());
}
