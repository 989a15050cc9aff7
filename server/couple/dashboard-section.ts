import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { coupleInvites } from "@/db/schema";
import { defineSection, jsonFirst, toDate } from "../dashboard/section";

/** Before the partner joins, the dashboard shows the open invite (its expiry; the code itself is never stored). */
export const inviteSection = defineSection({
  key: "invite",
  select: (p, { withPartner }) =>
    withPartner
      ? sql`null::json`
      : jsonFirst(
          { expiresAt: coupleInvites.expiresAt },
          sql`from ${coupleInvites} where ${and(
            eq(coupleInvites.coupleId, p.coupleId),
            isNull(coupleInvites.redeemedAt),
            isNull(coupleInvites.revokedAt),
            gt(coupleInvites.expiresAt, p.now),
          )}`,
          sql`${desc(coupleInvites.createdAt)}`,
        ),
  shape: (raw: { expiresAt: string } | null, viewer) => ({
    panel: viewer.partner ? null : { waitingForPartner: true as const, openInviteExpiresAt: toDate(raw?.expiresAt) },
  }),
});
