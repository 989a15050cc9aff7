import { getDb } from "@/db/client";
import { requestSession } from "@/server/auth";
import { sessionEndingCookies } from "@/server/end-session";
import { isSameOriginRequest } from "@/server/request";
import { endSignedOutSession } from "@/server/sessions/service";

/**
 * Ends this browser's session at once, on the server and in its cookies: the quick exit
 * sends it as a beacon while the neutral page loads, so Back, a reload or a copy of the
 * cookie can only reach the sign-in page. No CSRF token (a beacon carries none), but only
 * our own pages may ask.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers)) {
    return new Response("This request came from another site and was refused.", { status: 403 });
  }
  const claims = await requestSession(request.headers);
  if (claims?.sessionId) await endSignedOutSession(getDb(), claims.userId, claims.sessionId);
  const headers = new Headers({ "cache-control": "private, no-store" });
  for (const cookie of sessionEndingCookies(request.headers.get("cookie"))) headers.append("set-cookie", cookie);
  return new Response(null, { status: 204, headers });
}
