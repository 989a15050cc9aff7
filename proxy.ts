import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest, SENDING_PAGE_HEADER } from "./server/request";
import { contentSecurityPolicy, isRouteHandlerPath, securityHeaders } from "./server/security-headers";

export function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV !== "production";
  const privacyHeaders = Object.entries(securityHeaders({ production: !development }));

  // A server action sent from another site's page (or without an Origin to tell): refused
  // here as tRPC refuses a mutation, with a 403 rather than the 500 Next answers it with.
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOriginRequest(request.headers)) {
    const refused = new NextResponse("This request came from another site and was refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    for (const [name, value] of privacyHeaders) refused.headers.set(name, value);
    return refused;
  }

  // A route handler's response keeps its own policy: a header set here would replace it.
  if (isRouteHandlerPath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    for (const [name, value] of privacyHeaders) response.headers.set(name, value);
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https:");
  const policy = contentSecurityPolicy(nonce, { development, https });

  // Next reads the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Which page a server action was sent from (live views render only on their own page).
  requestHeaders.set(SENDING_PAGE_HEADER, request.nextUrl.pathname);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of privacyHeaders) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon|apple-touch-icon|manifest).*)" }],
};
