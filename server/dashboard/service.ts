import { sql } from "drizzle-orm";
import { preparedStatement, type Database } from "@/db/client";
import { dayOfRepair } from "../domain/day-count";
import { localDateOf } from "../domain/zoned-time";
import type { CoupleViewer } from "../viewer";
import { bindingsFor, bound, type DashboardItem, type TodayOf } from "./section";
import { dashboardSections } from "./sections";
import { paceDashboardSummary } from "../phases/dashboard-summary";

type Section = (typeof dashboardSections)[number];
export type DashboardPanels = {
  [S in Section as S["key"]]: NonNullable<ReturnType<S["shape"]>["panel"]> | null;
};

function byNewest(a: DashboardItem, b: DashboardItem) {
  return (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0);
}

function statementFor(withPartner: boolean) {
  const columns = dashboardSections.map(
    (section) => sql`${section.select(bound, { withPartner })} as ${sql.identifier(section.key)}`,
  );
  return preparedStatement(sql`select ${sql.join(columns, sql`, `)}`);
}

// Two shapes of the one statement: before and after the partner joins.
const statements = new Map<boolean, ReturnType<typeof statementFor>>();

/** The caller's own view of the couple space, in one SQL statement. */
export async function loadDashboard(db: Database, viewer: CoupleViewer, now: Date) {
  const withPartner = viewer.partner !== null;
  let statement = statements.get(withPartner);
  if (!statement) {
    statement = statementFor(withPartner);
    statements.set(withPartner, statement);
  }
  const myToday = localDateOf(now, viewer.me.timeZone);
  const partnerToday = viewer.partner && localDateOf(now, viewer.partner.timeZone);
  const utcToday = localDateOf(now, "UTC");
  // Anyone but me counts on my partner's clock, or on UTC before a partner joins.
  const todayOf = (userId: string) => (userId === viewer.me.id ? myToday : (partnerToday ?? utcToday));
  const [[row], pace] = await Promise.all([
    statement<Record<string, unknown>>(db, bindingsFor(viewer, now, myToday, partnerToday)),
    paceDashboardSummary(db, viewer, now),
  ]);

  const yourTurn: DashboardItem[] = [];
  const waitingOnPartner: DashboardItem[] = [];
  const panels: Record<string, unknown> = {};
  for (const section of dashboardSections) {
    // Each section reads back the json its own select produced.
    const output = (
      section.shape as (raw: unknown, v: CoupleViewer, n: Date, t: TodayOf) => ReturnType<Section["shape"]>
    )(row?.[section.key] ?? null, viewer, now, todayOf);
    yourTurn.push(...(output.yourTurn ?? []));
    waitingOnPartner.push(...(output.waitingOnPartner ?? []));
    panels[section.key] = output.panel ?? null;
  }
  yourTurn.push(...pace.yourTurn);
  waitingOnPartner.push(...pace.waitingOnPartner);

  return {
    me: { id: viewer.me.id, name: viewer.me.name },
    partner: viewer.partner && { id: viewer.partner.id, name: viewer.partner.name },
    repairBeganOn: viewer.couple.repairBeganOn,
    day: dayOfRepair(viewer.couple.repairBeganOn, myToday),
    yourTurn: yourTurn.sort(byNewest),
    waitingOnPartner: waitingOnPartner.sort(byNewest),
    panels: panels as DashboardPanels,
    pace: pace.summary,
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
