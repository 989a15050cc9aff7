import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
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
 * A feature's part of the dashboard. Each section contributes one SQL expression
 * (returning json) to the dashboard's single statement, so the dashboard costs one
 * round trip however many features it shows; `shape` turns that json into items.
 */
export type DashboardSection<Key extends string, Raw, Panel> = {
  key: Key;
  select(viewer: CoupleViewer, now: Date): SQL;
  shape(raw: Raw, viewer: CoupleViewer, now: Date): SectionOutput<Panel>;
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
