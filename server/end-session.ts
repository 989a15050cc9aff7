import { sessionCookieName } from "./session-token";

/** next-auth's own cookies beside the session: its CSRF token and the page to return to. */
const COMPANION_COOKIES = [
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

/**
 * The Set-Cookie headers that end this browser's session: every session cookie it sent
 * (a large token comes in `.0`, `.1`… chunks, under either the plain or the `__Secure-` name)
 * and next-auth's companions, expired now.
 */
export function sessionEndingCookies(cookieHeader: string | null): string[] {
  const sent = (cookieHeader ?? "")
    .split(/; */)
    .map((pair) => pair.split("=", 1)[0]!.trim())
    .filter(Boolean);
  const sessionNames = [sessionCookieName(false), sessionCookieName(true)];
  const names = new Set([
    ...sessionNames,
    ...sent.filter((name) => sessionNames.some((session) => name.startsWith(`${session}.`))),
  ]);
  for (const name of COMPANION_COOKIES) if (sent.includes(name)) names.add(name);
  return [...names].map((name) => {
    // Prefixed cookies are only accepted (and so only cleared) with Secure.
    const secure = name.startsWith("__Secure-") || name.startsWith("__Host-") ? "; Secure" : "";
    return `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure}`;
  });
}
