import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
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

/**
 * What a section's SQL may refer to about the caller: placeholders, filled per request, so
 * the dashboard's statement is built and prepared once instead of on every load.
 */
export const bound = {
  coupleId: sql.placeholder("coupleId"),
  meId: sql.placeholder("meId"),
  /** Only in the statement for a couple with both partners. */
  partnerId: sql.placeholder("partnerId"),
  now: sql`${sql.placeholder("now")}::timestamptz`,
  /** Today where I live, and where my partner lives (mine while alone). */
  myToday: sql`${sql.placeholder("myToday")}::date`,
  /** Where I live: what I may know of a hidden surprise's start is read on my clock. */
  myTimeZone: sql`${sql.placeholder("myTimeZone")}::text`,
  partnerToday: sql`${sql.placeholder("partnerToday")}::date`,
};
export type Bound = typeof bound;

/** Today where this member of the couple lives: mine for me, my partner's for anyone else (UTC while alone). */
export type TodayOf = (userId: string) => LocalDate;

/** The instant `ms` milliseconds before the request's now, in SQL. */
export function beforeNow(ms: number) {
  return sql`(${bound.now} - ${sql.raw(String(Math.trunc(ms)))} * interval '1 millisecond')`;
}

/** The values of `bound`'s placeholders for this request. */
export function bindingsFor(viewer: CoupleViewer, now: Date, myToday: string, partnerToday: string | null) {
  return {
    coupleId: viewer.couple.id,
    meId: viewer.me.id,
    partnerId: viewer.partner?.id ?? null,
    // As text: postgres.js hands placeholder values to the server as they are.
    now: now.toISOString(),
    myToday,
    myTimeZone: viewer.me.timeZone,
    partnerToday: partnerToday ?? myToday,
  };
}

/**
 * A feature's part of the dashboard. Each section contributes one SQL expression
 * (returning json) to the dashboard's single statement, so the dashboard costs one
 * round trip however many features it shows; `shape` turns that json into items.
 * `select` is written against `bound` and may differ only by whether the partner has
 * joined: it runs twice per server process, not per request. `todayOf` gives the calendar
 * day where a member lives, worked out once per request rather than once per item.
 */
export type DashboardSection<Key extends string, Raw, Panel> = {
  key: Key;
  select(bound: Bound, couple: { withPartner: boolean }): SQL;
  shape(raw: Raw, viewer: CoupleViewer, now: Date, todayOf: TodayOf): SectionOutput<Panel>;
};

export function defineSection<Key extends string, Raw, Panel = undefined>(section: DashboardSection<Key, Raw, Panel>) {
  return section;
}

function jsonObject(fields: Record<string, SQLWrapper>) {
  return sql`json_build_object(${sql.join(
    Object.entries(fields).map(([name, value]) => sql`${name}::text, ${value}`),
    sql`, `,
  )})`;
}

/** `(select json array of {fields} <from…where…>)`, in `orderBy` order, never null. */
export function jsonList(fields: Record<string, SQLWrapper>, fromWhere: SQL, orderBy: SQL, limit?: number) {
  const limitClause = limit ? sql` limit ${sql.raw(String(Math.trunc(limit)))}` : sql``;
  return sql`(select coalesce(json_agg(_.j order by _.n), '[]'::json) from (select ${jsonObject(fields)} as j, row_number() over (order by ${orderBy}) as n ${fromWhere} order by ${orderBy}${limitClause}) as _)`;
}

/** `(select {fields} <from…where…> limit 1)`, or null. */
export function jsonFirst(fields: Record<string, SQLWrapper>, fromWhere: SQL, orderBy?: SQL) {
  return sql`(select ${jsonObject(fields)} ${fromWhere}${orderBy ? sql` order by ${orderBy}` : sql``} limit 1)`;
}

export function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}
