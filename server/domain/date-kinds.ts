/**
 * The fixed vocabularies of dates, with no imports: shared by the tables, the zod inputs
 * and the pages, so a page's bundle carries no database code.
 */
export const ideaCategories = ["at_home", "outdoors", "recreate", "low_cost", "new_together", "quiet"] as const;
export type IdeaCategory = (typeof ideaCategories)[number];

export const ideaReactionValues = ["yes", "maybe", "no"] as const;
export type IdeaReaction = (typeof ideaReactionValues)[number];

export const planStatuses = ["planned", "done", "cancelled"] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const categoryLabels: Record<IdeaCategory, string> = {
  at_home: "At home",
  outdoors: "Outdoors",
  recreate: "Recreate a memory",
  low_cost: "Low cost",
  new_together: "New together",
  quiet: "Quiet",
};
