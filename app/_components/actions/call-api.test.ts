import { describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import type { Context } from "@/server/trpc";
import type { Viewer } from "@/server/viewer";
import { callApiIn } from "./call-api";

const viewer: Viewer = {
  me: { id: "00000000-0000-4000-8000-000000000001", name: "Alex", email: "alex@example.test", timeZone: "UTC" },
  couple: { id: "00000000-0000-4000-8000-000000000002", repairBeganOn: "2026-01-01", seat: 0 },
  partner: { id: "00000000-0000-4000-8000-000000000003", name: "Blair", timeZone: "UTC" },
};

/** A server action's call as the app makes it; every case here is refused before the database. */
function actionContext(origin: string | null): Context {
  const headers = new Headers({ host: "kintsugi.example" });
  if (origin) headers.set("origin", origin);
  return {
    db: {} as Database,
    session: { userId: viewer.me.id, sessionVersion: 0 },
    headers,
    now: () => new Date(),
    requestViewer: async () => viewer,
  };
}

describe("a server action's call to the API", () => {
  it("answers a BAD_REQUEST with the formatter's field messages, for the form to show beside the field", async () => {
    const result = await callApiIn(actionContext("https://kintsugi.example"), (api) =>
      api.readiness.set({ state: "open_to_talk", note: "x".repeat(10_000) }),
    );
    expect(result).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { note: expect.any(String) } });
  });

  it("refuses a change from another site, or with no Origin at all, as the HTTP API does", async () => {
    for (const origin of ["https://elsewhere.example", null]) {
      const result = await callApiIn(actionContext(origin), (api) => api.readiness.set({ state: "open_to_talk" }));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: {} });
    }
  });

  it("refuses a signed-out change from another site too (sign-up, a forgotten password)", async () => {
    const context = { ...actionContext("https://elsewhere.example"), session: null };
    const result = await callApiIn(context, (api) => api.account.forgotPassword({ email: "alex@example.test" }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: {} });
  });

  it("words an unexpected error by its id only, and logs the details under it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await callApiIn(actionContext("https://kintsugi.example"), (api) => api.readiness.get());
    expect(result).toMatchObject({ ok: false, code: "INTERNAL_SERVER_ERROR" });
    const message = result.ok ? "" : result.error;
    expect(message).toMatch(/mention error [0-9a-f]{10}/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(message.match(/[0-9a-f]{10}/)![0]), expect.anything());
    log.mockRestore();
  });
});
