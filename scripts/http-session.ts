// Talking to a running Kintsugi over HTTP as a signed-in person: used by the load script
// and the benchmark. Only loopback addresses are allowed: these test our own server.

export type Session = { cookie: string; name: string };

export function assertLoopback(base: string) {
  const { hostname } = new URL(base);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(hostname))
    throw new Error(`Refusing to load ${hostname}: loopback only.`);
}

function cookiesOf(response: Response, jar = new Map<string, string>()) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!, value.join("="));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** The URL of a tRPC call (superjson's envelope), as a browser would send it. */
export function trpcUrl(base: string, path: string, input?: unknown) {
  const url = new URL(`/api/trpc/${path}`, base);
  url.searchParams.set("input", JSON.stringify({ json: input ?? null }));
  return url;
}

export async function trpc(base: string, path: string, input: unknown, cookie: string, method: "GET" | "POST") {
  const url = method === "GET" ? trpcUrl(base, path, input) : new URL(`/api/trpc/${path}`, base);
  const init: RequestInit = { method, headers: { cookie, origin: base, "content-type": "application/json" } };
  if (method === "POST") init.body = JSON.stringify({ json: input ?? null });
  const response = await fetch(url, init);
  const body = (await response.json()) as {
    result?: { data?: { json?: unknown } };
    error?: { json?: { message?: string } };
  };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body.error?.json?.message ?? ""}`);
  return body.result?.data?.json;
}

/** Signs in through next-auth's own form flow (CSRF token, then credentials). */
export async function signIn(base: string, email: string, password: string, name = email): Promise<Session> {
  const jar = cookiesOf(await fetch(new URL("/api/auth/csrf", base)));
  const { csrfToken } = (await (
    await fetch(new URL("/api/auth/csrf", base), { headers: { cookie: cookieHeader(jar) } })
  ).json()) as {
    csrfToken: string;
  };
  const response = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((key) => key.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return { cookie: cookieHeader(jar), name };
}

export async function signUpAndIn(base: string, name: string, email: string, password: string) {
  await trpc(base, "account.signUp", { name, email, password }, "", "POST");
  return signIn(base, email, password, name);
}

/** Two signed-in partners linked through an invite. */
export async function linkedPair(base: string, tag: string, password: string) {
  const [a, b] = await Promise.all([
    signUpAndIn(base, `A ${tag}`, `a-${tag}@example.test`, password),
    signUpAndIn(base, `B ${tag}`, `b-${tag}@example.test`, password),
  ]);
  const { invite } = (await trpc(base, "couple.create", { repairBeganOn: "2026-01-01" }, a.cookie, "POST")) as {
    invite: { code: string };
  };
  await trpc(base, "couple.join", { code: invite.code }, b.cookie, "POST");
  return { a, b };
}

export function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}
