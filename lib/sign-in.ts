/*
 * Signing in and out from the browser without next-auth's client (about 7 KB gzip with the
 * Babel runtime it brings): next-auth's credentials endpoint takes the same form post that
 * client sends, and signing out is the app's own POST /api/session/end, the quick exit's.
 */

/**
 * Signs in with one of the credentials providers in server/auth.ts. Resolves to null once
 * signed in, else to next-auth's error: "CredentialsSignin" for a refusal, or the message a
 * provider threw on purpose (too many attempts). Rejects when Kintsugi can't be reached.
 */
export async function signInWith(
  provider: "credentials" | "email-link",
  fields: Record<string, string>,
): Promise<string | null> {
  const { csrfToken } = (await fetch("/api/auth/csrf").then((response) => response.json())) as { csrfToken: string };
  const response = await fetch(`/api/auth/callback/${provider}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    // json: next-auth answers with where it would have redirected, instead of redirecting.
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  const answer = new URL(url, location.href).searchParams;
  if (answer.has("error")) return answer.get("error");
  // A stale CSRF cookie sends the browser back to next-auth's sign-in page, signed out.
  return answer.has("csrf") || !response.ok ? "We couldn't sign you in just now. Please try again." : null;
}

/** Ends this device's session, on the server and in its cookies, then loads `next` signed out. */
export async function signOutTo(next: string) {
  const response = await fetch("/api/session/end", { method: "POST", credentials: "same-origin" });
  if (!response.ok) throw new Error(`Signing out answered ${response.status}`);
  location.assign(next);
}
