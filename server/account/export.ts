import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { coupleMembers, couples, users } from "@/db/schema";
import type { Me } from "../viewer";
import { loadExportRows } from "./export-rows";
import { shapeExportedSpace } from "./export-space";

/**
 * Everything this person may see, as one plain JSON document: their account and, for every
 * space they are or were in, what the app would show them there. The same per-partner rules
 * as the app apply (the partner's drafts, an unrevealed surprise's details, a reflection or
 * reaction not yet shown are left out), and nothing of the partner's account but their name.
 * One query per table across all their spaces, whatever their number.
 */
export async function exportAccountData(db: Executor, me: Me, now: Date) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, me.id));

  const spaces = await db
    .select({
      id: couples.id,
      status: couples.status,
      repairBeganOn: couples.repairBeganOn,
      createdAt: couples.createdAt,
      archivedAt: couples.archivedAt,
      seat: coupleMembers.seat,
      joinedAt: coupleMembers.joinedAt,
    })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(eq(coupleMembers.userId, me.id))
    .orderBy(asc(couples.createdAt));
  const coupleIds = spaces.map((space) => space.id);
  const header = {
    format: "kintsugi-export",
    version: 1,
    exportedAt: now,
    notes: [
      "Everything you can see in Kintsugi, as it stood when you exported it.",
      "Your partner's drafts, the details of a surprise not yet revealed to you, and reflections or reactions not yet shown to you are left out, as in the app.",
      "Photos are listed by their details only; their images are not included.",
      "Your partner's check-ins appear only as they chose to share them with you, and never their notes.",
    ],
    account: account ?? null,
  };
  if (coupleIds.length === 0) return { ...header, spaces: [] };

  const rows = await loadExportRows(db, me, coupleIds, now);
  return {
    ...header,
    spaces: await Promise.all(spaces.map((space) => shapeExportedSpace(space, rows, me, now))),
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
