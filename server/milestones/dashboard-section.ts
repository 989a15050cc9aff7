import { eq, sql } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { defineSection } from "../dashboard/section";

export const latestMilestonesSection = defineSection({
  key: "milestones",
  summary: async (db, { viewer }) => {
    const latest = await db
      .select({ id: milestones.id, kind: milestones.kind, title: milestones.title, occurredOn: milestones.occurredOn })
      .from(milestones)
      .where(eq(milestones.coupleId, viewer.couple.id))
      // "nulls last" matches the index's order, so Postgres reads it instead of sorting.
      .orderBy(sql`${milestones.occurredOn} desc nulls last`, sql`${milestones.id} desc nulls last`)
      .limit(3);
    return { panel: latest };
  },
});
