import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationEvents } from "@/db/schema";
import { getRequestViewer } from "@/server/auth";
import { relativeRedirect } from "@/server/relative-redirect";
import { isUuid } from "@/lib/uuid";

/**
 * A digest's link: /n/<id> says nothing about what it leads to. Signed in as its
 * recipient, it opens the thing; otherwise it asks to sign in first and comes back.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getRequestViewer();
  if (!viewer) return relativeRedirect(`/sign-in?next=${encodeURIComponent(`/n/${id}`)}`);
  const [event] = isUuid(id)
    ? await getDb()
        .select({ linkPath: notificationEvents.linkPath })
        .from(notificationEvents)
        .where(and(eq(notificationEvents.id, id), eq(notificationEvents.userId, viewer.me.id)))
    : [];
  const linkPath = event?.linkPath;
  return relativeRedirect(linkPath?.startsWith("/") ? (linkPath as `/${string}`) : "/dashboard");
}
