/**
 * A redirect to a path of this site, with a relative Location (RFC 9110 allows it). Behind a
 * proxy or at any host name the server itself only knows as `localhost:<port>`, so an
 * absolute URL built from the request (`request.nextUrl`, `request.url`) would send the
 * browser to another origin, without its session. The browser resolves a relative one
 * against the address it actually used.
 */
export function relativeRedirect(path: `/${string}`, status: 303 | 307 | 308 = 303) {
  if (path.startsWith("//") || path.startsWith("/\\")) throw new Error("relativeRedirect takes a path on this site.");
  return new Response(null, { status, headers: { location: path, "cache-control": "private, no-store" } });
}
