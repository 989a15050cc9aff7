import { isSameOrigin, sessionEndingCookies } from "@/server/end-session";

/**
 * Ends this browser's session at once: the quick exit sends it as a beacon while the
 * neutral page loads, so Back or a reload can only reach the sign-in page. No CSRF token
 * (a beacon carries none), but only our own pages may ask.
 */
export function POST(request: Request) {
  if (!isSameOrigin(request.headers)) {
    return new Response("This request came from another site and was refused.", { status: 403 });
  }
  const headers = new Headers({ "cache-control": "private, no-store" });
  for (const cookie of sessionEndingCookies(request.headers.get("cookie"))) headers.append("set-cookie", cookie);
  return new Response(null, { status: 204, headers });
}
