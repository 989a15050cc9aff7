import { eq, sql } from "drizzle-orm";
import { preparedQuery } from "@/db/client";
import { milestones } from "@/db/schema";
import { defineSection } from "../dashboard/section";

const latestThree = preparedQuery((db) =>
  db
    .select({ id: milestones.id, kind: milestones.kind, title: milestones.title, occurredOn: milestones.occurredOn })
    .from(milestones)
    .where(eq(milestones.coupleId, sql.placeholder("coupleId")))
    // "nulls last" matches the index's order, so Postgres reads it instead of sorting.
    .orderBy(sql`${milestones.occurredOn} desc nulls last`, sql`${milestones.id} desc nulls last`)
    .limit(3)
    .prepare("latest_milestones"),
);

export const latestMilestonesSection = defineSection({
  key: "milestones",
  summary: async (db, { viewer }) => ({ panel: await latestThree(db).execute({ coupleId: viewer.couple.id }) }),
});
