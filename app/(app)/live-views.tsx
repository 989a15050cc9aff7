"use server";

import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { renderPartnerStatus, renderUnreadActivity } from "@/app/_components/live/shell-renders";
import { renderDashboard } from "./(couple)/dashboard/render-dashboard";

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
} satisfies Record<string, () => Promise<ReactNode>>;

export type LiveViewName = keyof typeof renderers;

/**
 * The named views, rendered again now; one that fails is left out, and stays as it was on
 * screen until the next change. A public endpoint: the procedures the views call decide who
 * may see what.
 */
export async function renderLiveViews(names: readonly string[]): Promise<Partial<Record<LiveViewName, ReactNode>>> {
  const known = [...new Set(names)].filter((name): name is LiveViewName => Object.hasOwn(renderers, name));
  const rendered = await Promise.all(
    known.map(async (name) => {
      try {
        return [[name, await renderers[name]()] as const];
      } catch (error) {
        // A redirect (signed out meanwhile) is Next's to carry out.
        unstable_rethrow(error);
        return [];
      }
    }),
  );
  return Object.fromEntries(rendered.flat());
}
