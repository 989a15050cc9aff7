/**
 * The security headers of every response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's own chunks load); inline style attributes stay allowed
 * because accessible primitives position popovers with them, and styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { development, https }: { development: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    // Private by default: no address of a page in here ever leaves with a link.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    // No location, camera, microphone or sensors: this must never become a surveillance tool.
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Paths answered by route handlers rather than pages (the route.ts files under app/). Their responses
 * set their own Content-Security-Policy and content headers (a photo's `default-src
 * 'none'`), and Next keeps a header the proxy has already set over the handler's: so the
 * proxy gives them only the privacy headers above. A test checks every route handler is here.
 */
const routeHandlerPaths = [/^\/api\//, /^\/memories\/[^/]+\/photo$/, /^\/forgiveness\/new$/, /^\/n\/[^/]+$/];

export function isRouteHandlerPath(pathname: string) {
  return routeHandlerPaths.some((pattern) => pattern.test(pathname));
}
