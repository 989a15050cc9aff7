import { eq, sql } from "drizzle-orm";
import { milestones, type MilestoneKind } from "@/db/schema";
import { defineSection, jsonList } from "../dashboard/section";

type RawMilestone = { id: string; kind: MilestoneKind; title: string; occurredOn: string };

export const latestMilestonesSection = defineSection({
  key: "milestones",
  select: (p) =>
    jsonList(
      { id: milestones.id, kind: milestones.kind, title: milestones.title, occurredOn: milestones.occurredOn },
      sql`from ${milestones} where ${eq(milestones.coupleId, p.coupleId)}`,
      // "nulls last" matches the index's order, so Postgres reads it instead of sorting.
      sql`${milestones.occurredOn} desc nulls last, ${milestones.id} desc nulls last`,
      3,
    ),
  shape: (raw: RawMilestone[]) => ({ panel: raw }),
});
