import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notificationEvents } from "@/db/schema";
import { isUuid } from "@/lib/uuid";

/**
 * Where a digest's link `/n/<id>` leads for its recipient: the path their notification named,
 * or the dashboard for an id that isn't theirs (or isn't an id), so a link says nothing about
 * anyone else's notifications.
 */
export async function notificationLinkPath(db: Executor, userId: string, id: string): Promise<`/${string}`> {
  const [event] = isUuid(id)
    ? await db
        .select({ linkPath: notificationEvents.linkPath })
        .from(notificationEvents)
        .where(and(eq(notificationEvents.id, id), eq(notificationEvents.userId, userId)))
    : [];
  const linkPath = event?.linkPath;
  return linkPath?.startsWith("/") ? (linkPath as `/${string}`) : "/dashboard";
}
