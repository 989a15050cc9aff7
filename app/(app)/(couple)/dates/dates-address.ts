import { pagesShown } from "../pages-shown";

/** Which list the page opens on, and how many pages of each it shows: `?tab=past&upcoming=2&past=3`. */
export type DatesShown = { tab: "upcoming" | "past"; upcoming: number; past: number };

export function datesShown(params: { tab?: unknown; upcoming?: unknown; past?: unknown }): DatesShown {
  return {
    tab: params.tab === "past" ? "past" : "upcoming",
    upcoming: pagesShown(params.upcoming),
    past: pagesShown(params.past),
  };
}

/** The address of the page showing one more page of `list`, opened on that list. */
export function showMoreHref(shown: DatesShown, list: "upcoming" | "past") {
  const next = { ...shown, [list]: shown[list] + 1 };
  return `/dates?tab=${list}&upcoming=${next.upcoming}&past=${next.past}`;
}
