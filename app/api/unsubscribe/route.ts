import { getDb } from "@/db/client";
import { unsubscribeEverything } from "@/server/notifications/settings";
import { isValidUnsubscribe } from "@/server/notifications/unsubscribe-link";

/**
 * RFC 8058 one-click unsubscribe (a mail client POSTs "List-Unsubscribe=One-Click"), and
 * the button on /unsubscribe. No session needed: the link's signature is the permission.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const userId = url.searchParams.get("u");
  if (!isValidUnsubscribe(userId, url.searchParams.get("s"))) {
    return new Response("This unsubscribe link isn't valid.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  await unsubscribeEverything(getDb(), userId);
  const body = await request.text();
  if (body.includes("List-Unsubscribe=One-Click")) return new Response(null, { status: 200 });
  return new Response(null, { status: 303, headers: { location: "/unsubscribe?done=1" } });
}
