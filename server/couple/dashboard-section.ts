import { defineSection } from "../dashboard/section";
import { currentInvite } from "./service";

/** Before the partner joins, the dashboard shows the open invite (its expiry; the code itself is never stored). */
export const inviteSection = defineSection({
  key: "invite",
  summary: async (db, { viewer, now }) => {
    if (viewer.partner) return {};
    const invite = await currentInvite(db, viewer, now);
    return { panel: { waitingForPartner: true as const, openInviteExpiresAt: invite?.expiresAt ?? null } };
  },
});
