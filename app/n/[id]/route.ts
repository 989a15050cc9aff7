import { getDb } from "@/db/client";
import { getRequestViewer } from "@/server/auth";
import { notificationLinkPath } from "@/server/notifications/notification-link";
import { relativeRedirect } from "@/server/relative-redirect";

/**
 * A digest's link: /n/<id> says nothing about what it leads to. Signed in as its
 * recipient, it opens the thing; otherwise it asks to sign in first and comes back.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getRequestViewer();
  if (!viewer) return relativeRedirect(`/sign-in?next=${encodeURIComponent(`/n/${id}`)}`);
  return relativeRedirect(await notificationLinkPath(getDb(), viewer.me.id, id));
}
