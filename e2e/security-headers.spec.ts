import { expect, test } from "@playwright/test";

test("every page carries a nonce-based CSP and the privacy headers", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/sign-in", "/sign-up", "/join/NOT-A-CODE"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, `${path} has a script nonce`).toBeTruthy();
    nonces.add(nonce!);
    const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Every inline script the page ships carries this response's nonce.
    const html = await response.text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
});

test("pages run under the policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Nonce");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a tRPC mutation from another site's page is refused", async ({ request }) => {
  const body = {
    json: { name: "Mallory", email: `mallory-${Date.now()}@example.test`, password: "long enough password" },
  };
  const forged = await request.post("/api/trpc/account.signUp", {
    data: body,
    headers: { Origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  const missing = await request.post("/api/trpc/account.signUp", { data: body, headers: { Origin: "" } });
  expect(missing.status()).toBe(403);
});

test("a server action from another site's page is refused, not failed", async ({ request }) => {
  // Whatever the action's id, the refusal comes first: nothing of it runs.
  const action = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" };
  const forged = await request.post("/sign-up", { data: "[]", headers: { ...action, Origin: "https://evil.example" } });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("another site");
  const missing = await request.post("/forgot-password", { data: "[]", headers: { ...action, Origin: "" } });
  expect(missing.status()).toBe(403);
});
