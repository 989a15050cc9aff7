import { getRequestViewer } from "@/server/auth";

/**
 * Whether this browser is still signed in, checked against the database as every page is.
 * A signed-in page restored from the back-forward cache asks before it shows itself again.
 */
export async function GET() {
  const viewer = await getRequestViewer();
  return Response.json({ signedIn: viewer !== null }, { headers: { "cache-control": "private, no-store" } });
}
