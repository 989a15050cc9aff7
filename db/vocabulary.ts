/**
 * The fixed values the tables store, with no imports: the lowest layer, so the tables, the
 * server (zod inputs, domain rules) and the pages all import them from here, and a page's
 * bundle carries no database code.
 */

export const ideaCategories = ["at_home", "outdoors", "recreate", "low_cost", "new_together", "quiet"] as const;
export type IdeaCategory = (typeof ideaCategories)[number];

export const ideaReactionValues = ["yes", "maybe", "no"] as const;
export type IdeaReaction = (typeof ideaReactionValues)[number];

export const planStatuses = ["planned", "done", "cancelled"] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** How often a responsibility or a small change comes due; stored as json with it. */
export type Cadence = { kind: "once" } | { kind: "daily" } | { kind: "weekly" } | { kind: "weekdays"; days: number[] };
