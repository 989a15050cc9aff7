import type { Executor } from "@/db/client";
import type { LocalDate } from "../domain/calendar-days";
import type { CoupleViewer } from "../viewer";

/** One line under "Your turn" or "Waiting on your partner". */
export type DashboardItem = {
  id: string;
  /** Picks the icon and wording on the client, e.g. "forgiveness.request". */
  kind: string;
  title: string;
  detail: string | null;
  href: string;
  at: Date | null;
};

export type SectionOutput<Panel> = {
  yourTurn?: DashboardItem[];
  waitingOnPartner?: DashboardItem[];
  panel?: Panel;
};

/** Today where this member of the couple lives: mine for me, my partner's for anyone else (UTC while alone). */
export type TodayOf = (userId: string) => LocalDate;

/** What every summary is told about the request: who asks, when, and each member's calendar day. */
export type SummaryRequest = { viewer: CoupleViewer; now: Date; todayOf: TodayOf };

/**
 * A feature's part of the dashboard: its summary, read with the feature's own queries. The
 * dashboard runs every summary together in one round trip (see `readTogether`), so a summary
 * starts all its queries at once and never waits on one before sending the next.
 */
export type DashboardSection<Key extends string, Panel> = {
  key: Key;
  summary(db: Executor, request: SummaryRequest): Promise<SectionOutput<Panel>>;
};

export function defineSection<Key extends string, Panel = undefined>(section: DashboardSection<Key, Panel>) {
  return section;
}
