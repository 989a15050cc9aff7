/** The most pages of earlier entries one screen shows: past that, "Show earlier" stops growing it. */
const MOST_PAGES = 25;

/**
 * How many pages of a list to show, from `?pages=` (or a live view's params): 1 unless it is a
 * sensible count. A list shown this way grows with a link, so it stays the length it was when
 * it renders again.
 */
export function pagesShown(value: unknown): number {
  const pages = typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(pages, 1), MOST_PAGES);
}
