import { type IdeaCategory, ideaCategories } from "@/server/domain/date-kinds";

/** Which ideas the bank shows: all, those my partner answered and I haven't, our matches, or one category. */
export type IdeasFilter = "all" | "waiting" | "matches" | IdeaCategory;

export const ideasFilters: readonly IdeasFilter[] = ["all", "waiting", "matches", ...ideaCategories];

/** The filter from the address (`?show=`) or a live view's params: all, unless it is one there is. */
export function ideasShown({ show }: { show?: unknown }): IdeasFilter {
  return ideasFilters.find((filter) => filter === show) ?? "all";
}

/** The address that shows it, so a filter survives a reload and the back button (the dashboard links to `?show=waiting`). */
export function ideasHref(filter: IdeasFilter) {
  return filter === "all" ? "/dates/ideas" : `/dates/ideas?show=${filter}`;
}
