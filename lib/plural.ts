const number = new Intl.NumberFormat("en-GB");

/**
 * "1 day", "2 days", "1,000 ideas": a count with its noun, in the one way the app says
 * counts. `plural` is for nouns that don't just take an "s" ("1 reply", "2 replies").
 */
export function countOf(count: number, singular: string, plural = `${singular}s`) {
  return `${number.format(count)} ${count === 1 ? singular : plural}`;
}
