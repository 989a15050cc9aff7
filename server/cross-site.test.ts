import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { POST } from "@/app/api/trpc/[trpc]/route";
import { db } from "@/test/harness";
import { isSameOriginRequest } from "./request";

/**
 * A state-changing request is ours only when its Origin names this very host. Browsers
 * send "null" from sandboxed frames and file:// pages; a client that sends none at all
 * isn't a page of ours either. Each is a 403, never a 500, and writes nothing.
 */
async function signUpWithOrigin(origin: string | null) {
  const email = `origin-${randomUUID()}@example.test`;
  const headers = new Headers({ host: "localhost:3000", "content-type": "application/json" });
  if (origin !== null) headers.set("origin", origin);
  const body = JSON.stringify({ json: { name: "Origin", email, password: "long enough password" } });
  const response = await POST(
    new Request("http://localhost:3000/api/trpc/account.signUp", { method: "POST", headers, body }),
  );
  const written = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  return { status: response.status, body: await response.text(), written: written.length };
}

describe("mutations from anywhere but our own pages", () => {
  it.each([
    ["null", "null"],
    ["missing", null],
    ["another site", "https://evil.example"],
    ["not a URL at all", "::::"],
    ["our host on another port", "http://localhost:3001"],
  ])("are refused with 403 when the Origin is %s, and write nothing", async (_, origin) => {
    const answer = await signUpWithOrigin(origin);
    expect(answer.status).toBe(403);
    expect(answer.body).toContain("came from another site");
    expect(answer.written).toBe(0);
  });

  it("go through from our own origin", async () => {
    expect(await signUpWithOrigin("http://localhost:3000")).toMatchObject({ status: 200, written: 1 });
  });

  it("compare the Origin's host with the request's own", () => {
    const from = (origin: string) => isSameOriginRequest(new Headers({ host: "kintsugi.example", origin }));
    expect(from("https://kintsugi.example")).toBe(true);
    expect(from("null")).toBe(false);
    expect(from("https://kintsugi.example.evil.test")).toBe(false);
  });

  it("reads the host a proxy forwarded only when TRUST_PROXY says there is one", () => {
    const behindProxy = new Headers({
      host: "app:3000",
      "x-forwarded-host": "kintsugi.example",
      origin: "https://kintsugi.example",
    });
    expect(isSameOriginRequest(behindProxy, 1)).toBe(true);
    expect(isSameOriginRequest(behindProxy, 0)).toBe(false);
  });
});
