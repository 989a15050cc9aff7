import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationEvents } from "@/db/schema";
import { getRequestViewer } from "@/server/auth";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A digest's link: /n/<id> says nothing about what it leads to. Signed in as its
 * recipient, it opens the thing; otherwise it asks to sign in first and comes back.
 */
// Relative locations: the address the browser used, never one built from a Host header.
const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getRequestViewer();
  if (!viewer) return redirectTo(`/sign-in?next=${encodeURIComponent(`/n/${id}`)}`);
  const [event] = UUID.test(id)
    ? await getDb()
        .select({ linkPath: notificationEvents.linkPath })
        .from(notificationEvents)
        .where(and(eq(notificationEvents.id, id), eq(notificationEvents.userId, viewer.me.id)))
    : [];
  return redirectTo(event?.linkPath ?? "/dashboard");
}
