import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, checkInSharing, couplePace, disclosures } from "@/db/schema";
import { sharedCheckInsOf } from "../check-ins/service";
import type { Me, Person } from "../viewer";

/**
 * The pace of recovery in a person's export: the phase, my own check-ins in full (notes
 * too), what my partner shares with me exactly as the app shows it (never their notes or
 * unshared days), and disclosures — mine as I wrote them, my partner's as I received them.
 */
export async function loadPaceExport(db: Executor, me: Me, coupleIds: string[], now: Date) {
  const [paceRows, myCheckIns, mySharing, disclosureRows] = await Promise.all([
    db.select().from(couplePace).where(inArray(couplePace.coupleId, coupleIds)),
    db
      .select()
      .from(checkIns)
      .where(and(inArray(checkIns.coupleId, coupleIds), eq(checkIns.userId, me.id)))
      .orderBy(asc(checkIns.day)),
    db
      .select()
      .from(checkInSharing)
      .where(and(inArray(checkInSharing.coupleId, coupleIds), eq(checkInSharing.userId, me.id))),
    db.select().from(disclosures).where(inArray(disclosures.coupleId, coupleIds)).orderBy(asc(disclosures.createdAt)),
  ]);

  return async (coupleId: string, partner: Person | null) => {
    const pace = paceRows.find((row) => row.coupleId === coupleId);
    return {
      phase: {
        phase: pace?.phase ?? "atone",
        since: pace?.changedAt ?? null,
        offeredStep: pace?.proposedPhase ?? null,
      },
      checkIns: {
        mine: myCheckIns
          .filter((row) => row.coupleId === coupleId)
          .map((row) => ({
            day: row.day,
            safety: row.safety,
            trust: row.trust,
            connection: row.connection,
            note: row.note,
          })),
        iShareWithMyPartner: mySharing.find((row) => row.coupleId === coupleId)?.level ?? "nothing",
        sharedWithMeByMyPartner: partner ? await sharedCheckInsOf(db, { coupleId, person: partner }, now, 90) : null,
      },
      disclosures: disclosureRows
        .filter((row) => row.coupleId === coupleId)
        .map((row) =>
          row.authorId === me.id
            ? { told: "by me", body: row.body, writtenAt: row.createdAt, acknowledgedAt: row.acknowledgedAt }
            : {
                told: "to me",
                by: partner && row.authorId === partner.id ? partner.name : "A former member",
                body: row.body,
                receivedAt: row.createdAt,
                acknowledgedAt: row.acknowledgedAt,
              },
        ),
    };
  };
}
