import type { IdeaCategory } from "@/db/vocabulary";

// The values themselves live with the tables that store them; the words for them live here.
export {
  ideaCategories,
  ideaReactionValues,
  planStatuses,
  type IdeaCategory,
  type IdeaReaction,
  type PlanStatus,
} from "@/db/vocabulary";

export const categoryLabels: Record<IdeaCategory, string> = {
  at_home: "At home",
  outdoors: "Outdoors",
  recreate: "Recreate a memory",
  low_cost: "Low cost",
  new_together: "New together",
  quiet: "Quiet",
};
