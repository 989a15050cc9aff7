import { readTogether, type Database } from "@/db/client";
import { dayOfRepair } from "../domain/day-count";
import { localDateOf } from "../domain/zoned-time";
import type { CoupleViewer } from "../viewer";
import type { DashboardItem, SummaryRequest } from "./section";
import { dashboardSections } from "./sections";

type Section = (typeof dashboardSections)[number];
export type DashboardPanels = {
  [S in Section as S["key"]]: NonNullable<Awaited<ReturnType<S["summary"]>>["panel"]> | null;
};

function byNewest(a: DashboardItem, b: DashboardItem) {
  return (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0);
}

/** The caller's own view of the couple space: every feature's summary, read in one round trip. */
export async function loadDashboard(db: Database, viewer: CoupleViewer, now: Date) {
  const myToday = localDateOf(now, viewer.me.timeZone);
  const partnerToday = viewer.partner && localDateOf(now, viewer.partner.timeZone);
  const utcToday = localDateOf(now, "UTC");
  // Anyone but me counts on my partner's clock, or on UTC before a partner joins.
  const request: SummaryRequest = {
    viewer,
    now,
    todayOf: (userId) => (userId === viewer.me.id ? myToday : (partnerToday ?? utcToday)),
  };
  const outputs = await readTogether(db, (snapshot) =>
    Promise.all(dashboardSections.map((section) => section.summary(snapshot, request))),
  );

  const yourTurn: DashboardItem[] = [];
  const waitingOnPartner: DashboardItem[] = [];
  const panels: Record<string, unknown> = {};
  dashboardSections.forEach((section, index) => {
    const output = outputs[index] ?? {};
    yourTurn.push(...(output.yourTurn ?? []));
    waitingOnPartner.push(...(output.waitingOnPartner ?? []));
    panels[section.key] = output.panel ?? null;
  });

  // The pace of recovery has a panel of its own at the top, always there.
  const { pace, ...featurePanels } = panels as DashboardPanels;
  if (!pace) throw new Error("The pace summary came back without its panel");
  return {
    me: { id: viewer.me.id, name: viewer.me.name },
    partner: viewer.partner && { id: viewer.partner.id, name: viewer.partner.name },
    repairBeganOn: viewer.couple.repairBeganOn,
    day: dayOfRepair(viewer.couple.repairBeganOn, myToday),
    yourTurn: yourTurn.sort(byNewest),
    waitingOnPartner: waitingOnPartner.sort(byNewest),
    panels: featurePanels,
    pace,
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
